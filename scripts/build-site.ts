/**
 * The two builds the tests use: dist/ (base `/`, what `npm start` serves) and dist-pages/ (a sample
 * GitHub Pages base path, what `npm run preview:pages` serves). Each is rebuilt only when stale
 * unless `force` is set.
 */
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildIsStale } from './freshness.ts';

export const PAGES_DIST = 'dist-pages';
export const PAGES_BASE = '/live-sockets/';

/** Build into `outDir` with the given base; returns the exit code (0 when nothing needed doing). */
export function buildSite(root: string, outDir: 'dist' | typeof PAGES_DIST, force = false): number {
  if (!force && !buildIsStale(root, outDir)) return 0;
  const env = outDir === 'dist'
    ? { ...process.env, SITE_BASE: '/' }
    : { ...process.env, SITE_BASE: PAGES_BASE, SITE_URL: 'http://127.0.0.1' };
  const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
  const result = spawnSync(npx, ['astro', 'build', '--outDir', outDir], { cwd: root, stdio: 'inherit', env });
  return result.status ?? 1;
}

// `node scripts/build-site.ts dist|dist-pages [--force]`
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const outDir = process.argv[2] === PAGES_DIST ? PAGES_DIST : 'dist';
  const root = join(dirname(fileURLToPath(import.meta.url)), '..');
  process.exit(buildSite(root, outDir, process.argv.includes('--force')));
}
