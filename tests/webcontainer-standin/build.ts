/**
 * Build the stand-in test site into dist-standin/ (base `/`, `@webcontainer/api` aliased to the
 * stand-in) when missing or older than its sources or the stand-in. `node tests/webcontainer-standin/build.ts [--force]`.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildIsStale, newestMtime } from '../../scripts/freshness.ts';

export const STANDIN_DIST = 'dist-standin';

/** Build dist-standin/ when stale (or `force`); returns the exit code. */
export function buildStandinSite(root: string, force = false): number {
  const stale = buildIsStale(root, STANDIN_DIST) || newestMtime(join(root, 'tests/webcontainer-standin')) > newestMtime(join(root, STANDIN_DIST, 'index.html'));
  if (!force && !stale) return 0;
  const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
  const env = { ...process.env, SITE_BASE: '/', WEBCONTAINER_STANDIN: '1' };
  return spawnSync(npx, ['astro', 'build', '--outDir', STANDIN_DIST], { cwd: root, stdio: 'inherit', env }).status ?? 1;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  process.exit(buildStandinSite(join(import.meta.dirname, '..', '..'), process.argv.includes('--force')));
}
