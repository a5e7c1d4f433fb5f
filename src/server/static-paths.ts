/**
 * Mapping a request path to a file under dist/, safely. Pure: tested in Node without a server.
 */
import { posix } from 'node:path';

/** Normalise a base path to the form `/` or `/sub/path/`. */
export function normaliseBase(base: string): string {
  const trimmed = base.replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

/**
 * The candidate files (relative to the site root) for a URL path under `base`, or null when the
 * path is outside the base or tries to climb out of it (`..`, encoded or not).
 * `/a/` → `a/index.html`; `/a` → `a`, then `a/index.html`, then `a.html`.
 */
export function candidateFiles(urlPath: string, base: string): string[] | null {
  let path: string;
  try {
    path = decodeURIComponent(urlPath.split('?')[0] ?? '/');
  } catch {
    return null;
  }
  const b = normaliseBase(base);
  if (path === b.slice(0, -1)) path = b; // "/sub" → "/sub/"
  if (!path.startsWith(b)) return null;
  const rel = path.slice(b.length);
  if (rel.includes('\0') || rel.split('/').some((seg) => seg === '..')) return null;
  const clean = posix.normalize(`/${rel}`).slice(1);
  if (clean === '' || clean.endsWith('/')) return [`${clean}index.html`];
  return [clean, `${clean}/index.html`, `${clean}.html`];
}
