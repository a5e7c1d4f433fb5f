/**
 * Is the built site older than its sources? Used by `npm start` and the e2e harness to build only
 * when needed.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Inputs of `astro build`. */
export const BUILD_INPUTS = ['src', 'sandboxes', 'content', 'public', 'astro.config.mjs', 'package.json', 'package-lock.json', 'tsconfig.json'];

/** Newest modification time (ms) of a file or of any file below a folder; 0 when missing. */
export function newestMtime(path: string): number {
  let st;
  try {
    st = statSync(path);
  } catch {
    return 0;
  }
  if (!st.isDirectory()) return st.mtimeMs;
  let newest = st.mtimeMs;
  for (const name of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, name)));
  return newest;
}

/** True when `dist/index.html` is missing or older than any build input under `root`. */
export function buildIsStale(root: string, dist = 'dist'): boolean {
  const built = newestMtime(join(root, dist, 'index.html'));
  if (built === 0) return true;
  return BUILD_INPUTS.some((input) => newestMtime(join(root, input)) > built);
}
