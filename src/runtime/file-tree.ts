/**
 * Turn the contract's flat {@link FileMap} into the nested tree `WebContainer.mount()` takes,
 * placed under a directory. Pure.
 */
import type { FileMap } from './types.ts';
import { isSafeRelativePath } from './local-protocol.ts';

/** The subset of `@webcontainer/api`'s `FileSystemTree` we produce: directories and text files. */
export interface FileTree {
  [name: string]: { directory: FileTree } | { file: { contents: string } };
}

function segments(path: string): string[] {
  return path.split('/').filter((s) => s !== '' && s !== '.');
}

/**
 * Nest `files` under `dir`, e.g. `toFileTree('echo', { 'a/b.js': 'x' })` →
 * `{ echo: { directory: { a: { directory: { 'b.js': { file: { contents: 'x' } } } } } } }`.
 * @throws Error when a path leaves its root (`..`, absolute) or a file and a folder share a name.
 */
export function toFileTree(dir: string, files: FileMap): FileTree {
  if (!isSafeRelativePath(dir)) throw new Error(`Unsafe directory ${JSON.stringify(dir)}`);
  const root: FileTree = {};
  for (const [path, contents] of Object.entries(files)) {
    if (!isSafeRelativePath(path)) throw new Error(`Unsafe file path ${JSON.stringify(path)}`);
    const parts = [...segments(dir), ...segments(path)];
    const name = parts.pop();
    if (name === undefined) throw new Error(`Empty file path under ${JSON.stringify(dir)}`);
    let node = root;
    for (const part of parts) {
      const existing = node[part] ?? { directory: {} };
      if (!('directory' in existing)) throw new Error(`${part} is both a file and a folder`);
      node[part] = existing;
      node = existing.directory;
    }
    node[name] = { file: { contents } };
  }
  return root;
}
