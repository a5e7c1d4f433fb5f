// The local runtime host with a real http.Server, a real WebSocket client and real processes.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { get } from 'node:http';
import { dirname } from 'node:path';
import { detectPython } from '../../src/server/runtime-python.ts';
import { Client, hostPool, isAlive, waitUntil } from '../helpers/runtime-harness.ts';

// Every program gets TEST_MARK=MARK in its environment (inherited by its children), so none can hide.
const MARK = `rt-host-test-${process.pid}`;
const hosts = hostPool(MARK);
let port: number;

before(async () => {
  port = (await hosts.start()).port;
});

after(() => hosts.closeAll());

/** A protocol client on this file's host (or on `to`), its programs marked with MARK. */
const open = (headers: { origin?: string; host?: string } = {}, to: number = port): Promise<Client> => Client.open(to, MARK, headers);
/** Spawn `node <entry>`; resolves with the request id and the host's reply, refusals included. */
const spawn = (client: Client, dir: string, entry: string) => client.request(dir, entry, 'node');

const IDLE = `console.log('pid', process.pid, process.cwd()); setInterval(() => {}, 1000);\n`;
// Starts a grandchild that ignores SIGTERM (so stopping it needs the SIGKILL escalation), prints both pids.
const PARENT = `import { spawn } from 'node:child_process';
const code = "process.on('SIGTERM', () => {}); console.log('grandchild up'); setInterval(() => {}, 1000);";
const child = spawn(process.execPath, ['-e', code], { stdio: ['ignore', 'pipe', 'inherit'] });
child.stdout.once('data', () => console.log('pids', process.pid, child.pid, process.cwd()));
setInterval(() => {}, 1000);
`;
const FLOOD = `const line = 'x'.repeat(1000) + '\\n'; for (;;) process.stdout.write(line);\n`;

function pidsFrom(text: string): { pids: number[]; cwd: string } {
  const match = /pids? ([\d ]+?) (\/\S+)/.exec(text);
  assert.ok(match, `no pids in ${JSON.stringify(text)}`);
  return { pids: (match[1] ?? '').split(' ').map(Number), cwd: match[2] ?? '' };
}

test('GET /__runtime/health answers {"runtime":"local","python":…}; other requests are left alone', async () => {
  const fetchText = (path: string) =>
    new Promise<{ status: number; body: string }>((resolve, reject) => {
      get({ host: '127.0.0.1', port, path }, (res) => {
        let body = '';
        res.on('data', (d) => (body += d));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      }).on('error', reject);
    });
  const body = JSON.stringify({ runtime: 'local', python: detectPython()?.version ?? null });
  assert.deepEqual(await fetchText('/__runtime/health'), { status: 200, body });
  assert.equal((await fetchText('/other')).status, 404);
});

test('a program that spawns a grandchild: after kill, neither pid exists', async () => {
  const client = await open();
  await client.mount('tree', { 'package.json': '{"type":"module"}', 'parent.js': PARENT });
  const { id, reply } = await spawn(client, 'tree', 'parent.js');
  assert.equal(reply.type, 'ok');
  await client.waitOutput(id, /pids \d+ \d+/);
  const { pids } = pidsFrom(client.output(id));
  assert.equal(pids.length, 2);
  assert.ok(pids.every(isAlive));
  client.send({ type: 'kill', id, signal: 'SIGTERM' });
  assert.equal((await client.waitExit(id)).code, 143);
  await waitUntil(() => !pids.some(isAlive), 'both pids to end');
  await client.close();
});

test('after a disconnect, no process of the connection is alive and its temporary folder is gone', async () => {
  const client = await open();
  await client.mount('gone', { 'package.json': '{"type":"module"}', 'parent.js': PARENT, 'idle.js': IDLE });
  const a = await spawn(client, 'gone', 'parent.js');
  const b = await spawn(client, 'gone', 'idle.js');
  await client.waitOutput(a.id, /pids \d+ \d+/);
  await client.waitOutput(b.id, /pid \d+/);
  const first = pidsFrom(client.output(a.id));
  const second = pidsFrom(client.output(b.id));
  const pids = [...first.pids, ...second.pids];
  const root = dirname(first.cwd);
  assert.ok(existsSync(root) && pids.every(isAlive));
  await client.close();
  await waitUntil(() => !pids.some(isAlive) && !existsSync(root), 'processes to end and the folder to go');
});

test('the 17th concurrent process is refused with an error naming the cap', async () => {
  const client = await open();
  await client.mount('many', { 'idle.js': IDLE });
  const replies = await Promise.all(Array.from({ length: 16 }, () => spawn(client, 'many', 'idle.js')));
  assert.ok(replies.every((r) => r.reply.type === 'ok'));
  const extra = await spawn(client, 'many', 'idle.js');
  assert.equal(extra.reply.type, 'error');
  assert.match((extra.reply as { message: string }).message, /at most 16 processes/);
  // Once one ends, there is room again.
  client.send({ type: 'kill', id: replies[0]?.id, signal: 'SIGTERM' });
  await client.waitExit(replies[0]?.id ?? 0);
  assert.equal((await spawn(client, 'many', 'idle.js')).reply.type, 'ok');
  await client.close();
});

test('a program printing in a tight loop is rate-limited with a visible marker and killed within 1 s', async () => {
  // A host with a small budget (8 Ki characters per 250 ms), so that even a starved CPU outprints it.
  const charsPerWindow = 8 * 1024;
  const small = await hosts.start({ outputCharsPerWindow: charsPerWindow });
  const client = await open({}, small.port);
  await client.mount('flood', { 'flood.js': FLOOD });
  const started = Date.now();
  const { id } = await spawn(client, 'flood', 'flood.js');
  await client.waitOutput(id, /\[output truncated\]/);
  const killedAt = Date.now();
  client.send({ type: 'kill', id, signal: 'SIGTERM' });
  await client.waitExit(id, 1000);
  const elapsed = Date.now() - started;
  // At most the budget per 250 ms window (plus markers); allow one extra window for the edges.
  const bound = (Math.ceil(elapsed / 250) + 1) * (charsPerWindow + 64);
  assert.ok(client.output(id).length <= bound, `${client.output(id).length} characters in ${elapsed} ms`);
  assert.ok(Date.now() - killedAt <= 1000);
  await client.close();
});

test('SIGINT reaches the program like Ctrl-C; stdin lines and end-of-file arrive', async () => {
  const client = await open();
  const program = `process.on('SIGINT', () => { console.log('got SIGINT'); process.exit(130); });
process.stdin.setEncoding('utf8');
process.stdin.on('data', (d) => console.log('line:' + JSON.stringify(d)));
process.stdin.on('end', () => console.log('stdin closed'));
setInterval(() => {}, 1000); // keeps running after end of input, until the signal
console.log('ready');\n`;
  await client.mount('sig', { 'sig.js': program });
  const { id } = await spawn(client, 'sig', 'sig.js');
  await client.waitOutput(id, /ready/);
  client.send({ type: 'input', id, data: 'hi\n' });
  await client.waitOutput(id, /line:"hi\\n"/);
  client.send({ type: 'input', id, eof: true });
  await client.waitOutput(id, /stdin closed/);
  client.send({ type: 'kill', id, signal: 'SIGINT' });
  assert.equal((await client.waitExit(id)).code, 130);
  assert.match(client.output(id), /got SIGINT/);
  await client.close();
});

test('a connection with Origin http://evil.example is refused', async () => {
  await assert.rejects(open({ origin: 'http://evil.example' }), /Unexpected server response: 403/);
});

test('an upgrade with Host attacker.example:PORT is refused, even with a matching Origin', async () => {
  await assert.rejects(
    open({ host: `attacker.example:${port}`, origin: `http://attacker.example:${port}` }),
    /Unexpected server response: 403/,
  );
  await assert.rejects(open({ host: `attacker.example:${port}` }), /Unexpected server response: 403/);
});

test('spawning before mounting, or outside the folder, is refused with a readable error', async () => {
  const client = await open();
  const { reply } = await spawn(client, 'nowhere', 'a.js');
  assert.equal(reply.type, 'error');
  assert.match((reply as { message: string }).message, /does not exist/);
  client.send({ type: 'mount', id: 99, dir: '../escape', files: { 'a.js': '' } });
  assert.match(JSON.stringify(await client.reply(99)), /relative path/);
  await client.close();
});
