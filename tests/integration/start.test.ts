/**
 * `npm start` on a built checkout: prints a URL on 127.0.0.1 that serves the site with the
 * cross-origin isolation headers, and stops cleanly.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

test('npm start prints a URL that serves the site with COOP/COEP', { timeout: 300_000 }, async (t) => {
  const child = spawn(process.execPath, [...process.execArgv.filter((a) => !a.startsWith('--test')), 'scripts/start.ts'], {
    cwd: root,
    env: { ...process.env, PORT: '0' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  t.after(async () => {
    if (child.exitCode === null) {
      child.kill('SIGTERM');
      await once(child, 'exit');
    }
  });
  let out = '';
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout.on('data', (d: Buffer) => {
      out += d;
      const m = /live-sockets: (http:\/\/127\.0\.0\.1:\d+\/)/.exec(out);
      if (m) resolve(m[1]!);
    });
    child.on('exit', (code) => reject(new Error(`npm start exited (${code}) before printing a URL:\n${out}`)));
  });
  const res = await fetch(url);
  assert.equal(res.status, 200);
  assert.equal(res.headers.get('cross-origin-opener-policy'), 'same-origin');
  assert.equal(res.headers.get('cross-origin-embedder-policy'), 'require-corp');
  assert.match(await res.text(), /<html[^>]*lang="zh-CN"/);
  // Pages are served compressed when the client accepts gzip (fetch decompresses transparently).
  const raw = await fetch(url, { headers: { 'accept-encoding': 'gzip' } });
  assert.equal(raw.headers.get('content-encoding'), 'gzip');
  const missing = await fetch(new URL('no-such-page/', url));
  assert.equal(missing.status, 404);
  const health = await fetch(new URL('__runtime/health', url));
  assert.equal(health.status, 200, 'the local runtime is advertised');

  child.kill('SIGTERM');
  const [code] = await once(child, 'exit');
  assert.equal(code, 0, 'stops cleanly on SIGTERM');
});
