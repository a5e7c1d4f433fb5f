// `npx live-sockets runtime` from what `npm pack` produces: the tarball is unpacked where npx puts
// packages (under node_modules, where Node will not strip TypeScript types), its `bin` is run with
// plain `node` (no flags), and the host it starts answers its health route with the token.
// Offline here, npm cannot install the package's dependencies: the one the host needs at run time
// (`ws`) is linked from this checkout's node_modules, which is what npm would have installed.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { get } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, startRuntime, type RuntimeProcess } from '../helpers/runtime-process.ts';
import { detectPython } from '../../src/server/runtime-python.ts';

let tmp: string;
let pkgDir: string;
let rt: RuntimeProcess | undefined;

before(() => {
  tmp = mkdtempSync(join(tmpdir(), 'rt-pack-'));
  // `npm pack` runs prepack, which compiles the host to dist-runtime/.
  execFileSync(process.platform === 'win32' ? 'npm.cmd' : 'npm', ['pack', '--silent', '--pack-destination', tmp], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  const tarball = readdirSync(tmp).find((f) => f.endsWith('.tgz'));
  assert.ok(tarball, 'npm pack made a tarball');
  pkgDir = join(tmp, 'node_modules', 'live-sockets');
  mkdirSync(pkgDir, { recursive: true });
  execFileSync('tar', ['-xzf', join(tmp, tarball), '-C', pkgDir, '--strip-components=1']);
  symlinkSync(join(ROOT, 'node_modules', 'ws'), join(tmp, 'node_modules', 'ws'), 'dir');
});

after(async () => {
  await rt?.stop();
  rmSync(tmp, { recursive: true, force: true });
});

function health(port: number, token: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    get({ host: '127.0.0.1', port, path: `/__runtime/health?token=${encodeURIComponent(token)}`, agent: false }, (res) => {
      let body = '';
      res.on('data', (c: Buffer) => (body += c.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    }).on('error', reject);
  });
}

test('the package ships a bin and the compiled host, no TypeScript sources', () => {
  const pkg = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8')) as { bin: Record<string, string> };
  assert.equal(pkg.bin['live-sockets'], 'bin/live-sockets.js');
  const files = execFileSync('find', ['.', '-type', 'f'], { cwd: pkgDir, encoding: 'utf8' }).split('\n').filter(Boolean);
  assert.ok(files.includes('./dist-runtime/server/runtime-cli.js'), files.join(' '));
  assert.deepEqual(files.filter((f) => f.endsWith('.ts')), []);
});

test('its bin, run by plain node from under node_modules, starts the host: banner, then health with the token', async () => {
  const pkg = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8')) as { bin: Record<string, string> };
  const bin = join(pkgDir, pkg.bin['live-sockets'] ?? '');
  rt = await startRuntime([bin, 'runtime', '--port', '0', '--site', 'https://owner.github.io/live-sockets/']);
  assert.match(rt.output(), /本机运行时 \/ local runtime/);
  assert.match(rt.link, /^https:\/\/owner\.github\.io\/live-sockets\/\?runtime=local#runtime=ws:\/\/127\.0\.0\.1:\d+\/__runtime&token=/);
  const ok = await health(rt.port, rt.token);
  assert.equal(ok.status, 200);
  assert.deepEqual(JSON.parse(ok.body), { runtime: 'local', paired: true, python: detectPython()?.version ?? null });
  assert.equal((await health(rt.port, 'wrong')).status, 403);
});
