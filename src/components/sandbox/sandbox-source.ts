/**
 * Turns the raw files of `sandboxes/<id>/` (as gathered at build time) into what the page needs:
 * the validated sandbox.json, the program files, the original Python and the transcript.
 * Framework-free so that the build-time rules (what fails the build, what is shown) are unit-tested.
 */
import { METADATA_FILES, parseSandbox, type Sandbox } from '../../sandbox/schema.ts';
import type { Transcript } from '../../sandbox/transcript-types.ts';
import type { FileMap } from '../../runtime/types.ts';
import { SHARED_DIR, withSharedFiles } from '../../sandbox/shared-files.ts';

/** Thrown when `sandboxes/<id>/sandbox.json` does not exist (as opposed to existing but invalid). */
export class MissingSandboxError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MissingSandboxError';
  }
}

/** Everything `<Sandbox>` renders and ships for one sandbox. */
export interface SandboxSource {
  id: string;
  sandbox: Sandbox;
  /** Program files (relative path → text), i.e. everything but the metadata files. */
  files: FileMap;
  /** `original.py`, when the notes have one. */
  original?: string;
  transcript?: Transcript;
}

/**
 * Collect sandbox `id` from `raw`, a map of project-relative paths (`/sandboxes/<id>/a.js` or
 * `sandboxes/<id>/a.js`) to file contents, as `import.meta.glob` returns it.
 * Throws an Error naming the file when sandbox.json is missing or invalid, or when a program's
 * entry file does not exist, so that the build fails pointing at the mistake.
 */
export function collectSandbox(id: string, raw: Record<string, string>): SandboxSource {
  const prefix = `sandboxes/${id}/`;
  const own = new Map<string, string>();
  for (const [path, text] of Object.entries(raw)) {
    const rel = path.replace(/^\/+/, '');
    if (rel.startsWith(prefix)) own.set(rel.slice(prefix.length), text);
  }
  const jsonPath = `${prefix}sandbox.json`;
  const json = own.get('sandbox.json');
  if (json === undefined) throw new MissingSandboxError(`${jsonPath}: missing (no sandbox "${id}"; <Sandbox id="${id}" /> needs this file)`);
  const sandbox = parseSandbox(json, jsonPath);

  const ownFiles: FileMap = {};
  for (const name of [...own.keys()].sort()) {
    if (!METADATA_FILES.has(name)) ownFiles[name] = own.get(name) ?? '';
  }
  const sharedPrefix = `sandboxes/${SHARED_DIR}/`;
  const library: Record<string, string> = {};
  for (const [path, text] of Object.entries(raw)) {
    const rel = path.replace(/^\/+/, '');
    if (rel.startsWith(sharedPrefix)) library[rel.slice(sharedPrefix.length)] = text;
  }
  const files = withSharedFiles(ownFiles, sandbox.shared, library, jsonPath);
  for (const p of sandbox.programs) {
    if (!(p.entry in files)) throw new Error(`${jsonPath}: program "${p.name}" has entry "${p.entry}", which is not in ${prefix}`);
  }

  const source: SandboxSource = { id, sandbox, files };
  const original = own.get('original.py');
  if (original !== undefined) source.original = original;
  const transcriptText = own.get('transcript.json');
  if (transcriptText !== undefined) {
    try {
      source.transcript = JSON.parse(transcriptText) as Transcript;
    } catch (err) {
      throw new Error(`${prefix}transcript.json: not valid JSON (${(err as Error).message})`);
    }
  }
  return source;
}
