/**
 * `npm run test:e2e`: build the site when dist/ is missing or stale, then run Playwright
 * (which starts the project's server itself and stops it at the end).
 */
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSite } from './build-site.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

for (const outDir of ['dist', 'dist-pages'] as const) {
  const code = buildSite(root, outDir);
  if (code !== 0) process.exit(code);
}
const pw = spawnSync(process.execPath, [join(root, 'node_modules/@playwright/test/cli.js'), 'test', ...process.argv.slice(2)], {
  cwd: root,
  stdio: 'inherit',
});
process.exit(pw.status ?? 1);
