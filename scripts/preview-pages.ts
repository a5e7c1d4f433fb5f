/**
 * `npm run preview:pages`: build the site for a sample GitHub Pages base path into dist-pages/ (when
 * missing or stale) and serve it under that sub-path on 127.0.0.1 WITHOUT isolation headers and
 * without the local runtime — exactly what GitHub Pages gives a reader.
 *   --base /live-sockets/  --port 4322  --no-build (serve what is there)
 */
import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { buildSite, PAGES_BASE, PAGES_DIST } from './build-site.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({
  options: {
    base: { type: 'string', default: PAGES_BASE },
    port: { type: 'string', default: process.env['PORT'] ?? '4322' },
    'no-build': { type: 'boolean', default: false },
  },
});

if (values.base !== PAGES_BASE) {
  console.error(`only ${PAGES_BASE} is built by this script`);
  process.exit(2);
}
if (!values['no-build']) {
  const code = buildSite(root, PAGES_DIST);
  if (code !== 0) process.exit(code);
}

const server = spawn(process.execPath, [
  ...process.execArgv, join(root, 'src/server/cli.ts'),
  '--dir', PAGES_DIST, '--base', values.base, '--port', values.port, '--no-isolation', '--no-runtime',
], { cwd: root, stdio: 'inherit' });
for (const sig of ['SIGINT', 'SIGTERM'] as const) process.on(sig, () => server.kill(sig));
server.on('exit', (code) => process.exit(code ?? 0));
