// `npm run runtime` as a real process: its banner, its health route (token, CORS, preflight), its
// WebSocket guards (Origin allow-list, token, loopback Host), real programs and their clean-up,
// and that the token never appears in what it prints except the link itself.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer, request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import WebSocket from 'ws';
import type { ServerMessage } from '../../src/runtime/local-protocol.ts';
import { childPids, isAlive, NODE_TS, startRuntime, type RuntimeProcess } from '../helpers/runtime-process.ts';
import { detectPython } from '../../src/server/runtime-python.ts';

const SITE = 'http://127.0.0.1:5999/live-sockets/';
const ALLOWED = 'http://127.0.0.1:5999';
let rt: RuntimeProcess;
let tmp: string;

before(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'rt-pairing-'));
  rt = await startRuntime([...NODE_TS, 'scripts/runtime.ts', '--port', '0', '--site', SITE], { TMPDIR: tmp });
});

after(async () => {
  await rt.stop();
  rmSync(tmp, { recursive: true, force: true });
});

interface Answer { status: number; headers: Record<string, string | string[] | undefined>; body: string }

/** A raw HTTP request, so Host and Origin are exactly what the test says. */
function ask(path: string, headers: Record<string, string> = {}, method = 'GET'): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: rt.port, path, method, headers, agent: false }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

function open(query: string, headers: { origin?: string; host?: string }): Promise<WebSocket> {
  const ws = new WebSocket(`ws://127.0.0.1:${rt.port}/__runtime${query}`, {
    ...(headers.origin ? { origin: headers.origin } : {}),
    ...(headers.host ? { headers: { host: headers.host } } : {}),
  });
  return new Promise((resolve, reject) => {
    ws.once('open', () => resolve(ws));
    ws.once('unexpected-response', (_req, res) => {
      let body = '';
      res.on('data', (c: Buffer) => (body += c.toString()));
      res.on('end', () => reject(new Error(`${res.statusCode} ${body}`)));
    });
    ws.once('error', reject);
  });
}

const folders = (): string[] => readdirSync(tmp).filter((f) => f.startsWith('live-sockets-runtime-'));

test('the banner says what it is and where code runs, in both languages, with a link for the site', () => {
  assert.match(rt.output(), /本机运行时 \/ local runtime/);
  assert.match(rt.output(), /在这台电脑上以真实进程运行/);
  assert.match(rt.output(), /run on THIS computer as real processes/);
  assert.equal(rt.link, `${SITE}?runtime=local#runtime=ws://127.0.0.1:${rt.port}/__runtime&token=${rt.token}`);
  assert.ok(rt.token.length >= 22, '≥ 128 bits in base64url');
});

test('health: the token is required; an allowed origin reads the answer, another only its refusal; each refusal is named', async () => {
  const good = await ask(`/__runtime/health?token=${rt.token}`, { origin: ALLOWED });
  assert.equal(good.status, 200);
  assert.deepEqual(JSON.parse(good.body), { runtime: 'local', paired: true, python: detectPython()?.version ?? null });
  assert.equal(good.headers['access-control-allow-origin'], ALLOWED);
  assert.match(String(good.headers['vary']), /Origin/);

  const missing = await ask('/__runtime/health', { origin: ALLOWED });
  assert.equal(missing.status, 403);
  assert.equal(JSON.parse(missing.body).error, 'token');
  assert.equal(missing.headers['access-control-allow-origin'], ALLOWED, 'the allowed page may read why');
  const wrong = await ask('/__runtime/health?token=AAAA', { origin: ALLOWED });
  assert.equal(JSON.parse(wrong.body).error, 'token');

  // Another origin may read that it was refused, and nothing else: the token is not even looked at.
  for (const token of [rt.token, 'wrong']) {
    const third = await ask(`/__runtime/health?token=${token}`, { origin: 'http://localhost:5999' });
    assert.equal(third.status, 403);
    assert.equal(JSON.parse(third.body).error, 'origin');
    assert.equal(third.headers['access-control-allow-origin'], 'http://localhost:5999');
  }

  const rebound = await ask(`/__runtime/health?token=${rt.token}`, { origin: ALLOWED, host: `rebind.example:${rt.port}` });
  assert.equal(rebound.status, 403);
  assert.equal(JSON.parse(rebound.body).error, 'host');

  const curl = await ask(`/__runtime/health?token=${rt.token}`);
  assert.equal(curl.status, 200, 'no Origin (curl, the address bar) with the token: fine for health');
});

test('preflight: allowed origins get 204 with Allow-Private-Network when asked; others 403', async () => {
  const pre = await ask('/__runtime/health?token=x', {
    origin: ALLOWED, 'access-control-request-method': 'GET', 'access-control-request-private-network': 'true',
  }, 'OPTIONS');
  assert.equal(pre.status, 204);
  assert.equal(pre.headers['access-control-allow-origin'], ALLOWED);
  assert.equal(pre.headers['access-control-allow-private-network'], 'true');
  const plain = await ask('/__runtime/health', { origin: ALLOWED, 'access-control-request-method': 'GET' }, 'OPTIONS');
  assert.equal(plain.headers['access-control-allow-private-network'], undefined);
  const other = await ask('/__runtime/health', { origin: 'https://evil.example', 'access-control-request-private-network': 'true' }, 'OPTIONS');
  assert.equal(other.status, 403);
  assert.equal(other.headers['access-control-allow-private-network'], undefined);
});

test('WebSocket refused, with its reason and no folder or process: third origin, wrong/missing token, non-loopback Host, no Origin', async () => {
  const cases: [string, string, { origin?: string; host?: string }, RegExp][] = [
    ['third origin, same token', `?token=${rt.token}`, { origin: 'http://localhost:5999' }, /403 .*--allow-origin/],
    ['wrong token', '?token=wrong', { origin: ALLOWED }, /403 .*token is missing or wrong/],
    ['missing token', '', { origin: ALLOWED }, /403 .*token is missing or wrong/],
    ['non-loopback Host', `?token=${rt.token}`, { origin: ALLOWED, host: `rebind.example:${rt.port}` }, /403 Host must be a loopback name/],
    ['no Origin', `?token=${rt.token}`, {}, /403 .*--allow-origin/],
  ];
  for (const [name, query, headers, reason] of cases) {
    await assert.rejects(open(query, headers), reason, name);
  }
  assert.deepEqual(folders(), [], 'no connection folder was made');
  assert.deepEqual(childPids(rt.child.pid ?? 0), [], 'no program was started');
});

test('the allowed origin with the token runs a real program; closing the page leaves no folder and no process', async () => {
  const ws = await open(`?token=${rt.token}`, { origin: ALLOWED });
  const messages: ServerMessage[] = [];
  ws.on('message', (d) => messages.push(JSON.parse(d.toString()) as ServerMessage));
  const until = async (check: () => boolean, what: string): Promise<void> => {
    const deadline = Date.now() + 10_000;
    while (!check()) {
      if (Date.now() > deadline) assert.fail(`timed out waiting for ${what}: ${JSON.stringify(messages.slice(-3))}`);
      await new Promise((r) => setTimeout(r, 20));
    }
  };
  ws.send(JSON.stringify({ type: 'mount', id: 1, dir: 'p', files: { 'package.json': '{"type":"module"}', 'a.js': 'console.log("up", process.pid); setInterval(() => {}, 1000);\n' } }));
  await until(() => messages.some((m) => m.type === 'ok' && m.id === 1), 'mount');
  ws.send(JSON.stringify({ type: 'spawn', id: 2, command: 'node', args: ['a.js'], cwd: 'p', env: {} }));
  await until(() => messages.some((m) => m.type === 'output' && m.id === 2 && /up \d+/.test(m.data)), 'the program');
  const pid = Number(/up (\d+)/.exec(messages.map((m) => (m.type === 'output' ? m.data : '')).join(''))?.[1]);
  assert.ok(isAlive(pid));
  assert.equal(folders().length, 1);
  ws.close();
  await until(() => !isAlive(pid) && folders().length === 0, 'the program to end and its folder to go');
});

test('the token appears in what the runtime printed only inside the pairing link', () => {
  const occurrences = rt.output().split(rt.token).length - 1;
  assert.equal(occurrences, 1, rt.output());
});

test('a taken port falls back to a free one and says so', async () => {
  const blocker = createServer();
  await new Promise<void>((r) => blocker.listen(0, '127.0.0.1', () => r()));
  const taken = (blocker.address() as { port: number }).port;
  const second = await startRuntime([...NODE_TS, 'scripts/runtime.ts', '--port', String(taken), '--allow-origin', ALLOWED]);
  try {
    assert.notEqual(second.port, taken);
    assert.match(second.output(), new RegExp(`Port ${taken} was taken, using ${second.port}`));
    assert.match(second.link, /^#runtime=/, 'without --site: the fragment to paste');
  } finally {
    await second.stop();
    await new Promise((r) => blocker.close(r));
  }
});
