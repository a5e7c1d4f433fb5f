/**
 * `npm start`: install dependencies if needed, build the site if it is missing or stale, then serve
 * it on 127.0.0.1 with cross-origin isolation and the local runtime, and print the URL.
 */
import { existsSync } from 'node:fs';
import { spawnSync, spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildIsStale } from './freshness.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

const [major = 0, minor = 0] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 12)) {
  console.error(`需要 Node ≥ 22.12，当前是 ${process.version}。 / Node ≥ 22.12 is required, this is ${process.version}.`);
  process.exit(1);
}

function run(args: string[]): void {
  const result = spawnSync(npm, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

if (!existsSync(join(root, 'node_modules', 'astro'))) {
  console.log('安装依赖… / Installing dependencies…');
  run(existsSync(join(root, 'package-lock.json')) ? ['ci'] : ['install']);
}
if (buildIsStale(root)) {
  console.log('构建站点… / Building the site…');
  run(['run', 'build']);
}

// The server runs as a child so that Ctrl-C reaches it and it can stop every program it started.
const server = spawn(process.execPath, [...process.execArgv, join(root, 'src/server/cli.ts'), ...process.argv.slice(2)], {
  cwd: root,
  stdio: 'inherit',
});
for (const sig of ['SIGINT', 'SIGTERM'] as const) process.on(sig, () => server.kill(sig));
server.on('exit', (code) => process.exit(code ?? 0));
