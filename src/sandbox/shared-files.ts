/**
 * Modules that several sandboxes use (frame.js, queue.js, the TCP and UDP clients…) live once in
 * `sandboxes/_shared/`; a sandbox lists the ones it uses in sandbox.json `shared` and gets them
 * mounted beside its own files, as if they were its own (the reader sees and edits them there).
 * Pure, so the build (sandbox-source.ts), the scenario runner and the tests resolve them alike.
 */
import type { FileMap } from '../runtime/types.ts';

/** The folder under `sandboxes/` holding the shared modules (it has no sandbox.json). */
export const SHARED_DIR = '_shared';

/**
 * `own` (the sandbox folder's program files) plus the `shared` modules it lists, taken from
 * `library` (file name → text of `sandboxes/_shared/`). Throws naming `where` when a listed module
 * does not exist or the folder also has its own copy (two copies are what this replaces).
 */
export function withSharedFiles(own: FileMap, shared: readonly string[], library: Readonly<Record<string, string>>, where: string): FileMap {
  const files: FileMap = { ...own };
  for (const name of shared) {
    const text = library[name];
    if (text === undefined) throw new Error(`${where}: shared module "${name}" is not in sandboxes/${SHARED_DIR}/`);
    if (name in own) throw new Error(`${where}: "${name}" is listed in "shared" but the folder has its own copy; keep one`);
    files[name] = text;
  }
  return Object.fromEntries(Object.keys(files).sort().map((f) => [f, files[f] ?? '']));
}
