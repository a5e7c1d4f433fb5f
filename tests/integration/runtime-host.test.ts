// The local runtime host with a real http.Server, a real WebSocket client and real processes.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createServer, get, type Server } from 'node:http';
import { dirname } from 'node:path';
import WebSocket from 'ws';
import type { ServerMessage } from '../../src/runtime/local-protocol.ts';
import { attachRuntimeHost, handleRuntimeHttp, type RuntimeHost } from '../../src/server/runtime-host.ts';
import { detectPython } from '../../src/server/runtime-python.ts';

// Every program gets MARK in its command line, so `pgrep -f` can prove none is left.
const MARK = `rt-host-test-${process.pid}`;
let server: Server;
let host: RuntimeHost;
let port: number;

before(async () => {
  server = createServer((req, res) => {
    if (!handleRuntimeHttp(req, res, '/')) res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as { port: number }).port;
  host = attachRuntimeHost(server, { base: '/' });
});

after(async () => {
  await host.close();
  await new Promise((resolve) => server.close(resolve));
  let leftover = '';
  try {
    leftover = execFileSync('pgrep', ['-f', MARK], { encoding: 'utf8' });
  } catch (error) {
    assert.equal((error as { status: number }).status, 1, 'pgrep found no process');
  }
  assert.equal(leftover, '', `processes left behind: ${leftover}`);
});

/** Whether `pid` is a running (not zombie) process. */
function isAlive(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2)[0] !== 'Z';
  } catch {
    return false;
  }
}

/** Poll `check` until it holds; fail after `timeoutMs` (a deadline, not a sleep). */
async function waitUntil(check: () => boolean, what: string, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) assert.fail(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** A protocol client that records every message and lets a test wait for one. */
class Client {
  readonly ws: WebSocket;
  readonly messages: ServerMessage[] = [];
  private nextId = 1;
  private waiters: (() => void)[] = [];

  constructor(ws: WebSocket) {
    this.ws = ws;
    ws.on('message', (data) => {
      this.messages.push(JSON.parse(data.toString()) as ServerMessage);
      for (const wake of this.waiters.splice(0)) wake();
    });
  }

  static async open(headers: { origin?: string; host?: string } = {}, to: number = port): Promise<Client> {
    const ws = new WebSocket(`ws://127.0.0.1:${to}/__runtime`, {
      origin: headers.origin ?? `http://127.0.0.1:${to}`,
      ...(headers.host ? { headers: { host: headers.host } } : {}),
    });
    await new Promise((resolve, reject) => {
      ws.once('open', resolve);
      ws.once('error', reject);
    });
    return new Client(ws);
  }

  async waitFor<T extends ServerMessage>(match: (m: ServerMessage) => m is T, what: string, timeoutMs = 5000): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.messages.find(match);
      if (found) return found;
      const left = deadline - Date.now();
      if (left <= 0) assert.fail(`timed out waiting for ${what}; got ${JSON.stringify(this.messages.slice(-5))}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  output(id: number): string {
    return this.messages.map((m) => (m.type === 'output' && m.id === id ? m.data : '')).join('');
  }

  waitOutput(id: number, pattern: RegExp): Promise<unknown> {
    return this.waitFor((m): m is ServerMessage => pattern.test(this.output(id)) && m === m, `${pattern} from #${id}`);
  }

  waitExit(id: number, timeoutMs?: number) {
    return this.waitFor((m): m is Extract<ServerMessage, { type: 'exit' }> => m.type === 'exit' && m.id === id, `exit of #${id}`, timeoutMs);
  }

  reply(id: number) {
    return this.waitFor((m): m is Extract<ServerMessage, { type: 'ok' | 'error' }> => (m.type === 'ok' || m.type === 'error') && m.id === id, `reply to #${id}`);
  }

  async mount(dir: string, files: Record<string, string>): Promise<void> {
    const id = this.nextId++;
    this.ws.send(JSON.stringify({ type: 'mount', id, dir, files }));
    assert.equal((await this.reply(id)).type, 'ok');
  }

  /** Spawn `node <entry> MARK`; resolves with the request id and the reply. */
  async spawn(dir: string, entry: string, env: Record<string, string> = {}) {
    const id = this.nextId++;
    this.ws.send(JSON.stringify({ type: 'spawn', id, command: 'node', args: [entry, MARK], cwd: dir, env }));
    return { id, reply: await this.reply(id) };
  }

  send(msg: object): void {
    this.ws.send(JSON.stringify(msg));
  }

  close(): Promise<void> {
    this.ws.close();
    return new Promise((resolve) => this.ws.once('close', () => resolve()));
  }
}

const IDLE = `console.log('pid', process.pid, process.cwd()); setInterval(() => {}, 1000);\n`;
// Starts a grandchild that ignores SIGTERM (so stopping it needs the SIGKILL escalation), prints both pids.
const PARENT = `import { spawn } from 'node:child_process';
const code = "process.on('SIGTERM', () => {}); console.log('grandchild up'); setInterval(() => {}, 1000);";
const child = spawn(process.execPath, ['-e', code, process.argv[2]], { stdio: ['ignore', 'pipe', 'inherit'] });
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
  const client = await Client.open();
  await client.mount('tree', { 'package.json': '{"type":"module"}', 'parent.js': PARENT });
  const { id, reply } = await client.spawn('tree', 'parent.js');
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
  const client = await Client.open();
  await client.mount('gone', { 'package.json': '{"type":"module"}', 'parent.js': PARENT, 'idle.js': IDLE });
  const a = await client.spawn('gone', 'parent.js');
  const b = await client.spawn('gone', 'idle.js');
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
  const client = await Client.open();
  await client.mount('many', { 'idle.js': IDLE });
  const replies = await Promise.all(Array.from({ length: 16 }, () => client.spawn('many', 'idle.js')));
  assert.ok(replies.every((r) => r.reply.type === 'ok'));
  const extra = await client.spawn('many', 'idle.js');
  assert.equal(extra.reply.type, 'error');
  assert.match((extra.reply as { message: string }).message, /at most 16 processes/);
  // Once one ends, there is room again.
  client.send({ type: 'kill', id: replies[0]?.id, signal: 'SIGTERM' });
  await client.waitExit(replies[0]?.id ?? 0);
  assert.equal((await client.spawn('many', 'idle.js')).reply.type, 'ok');
  await client.close();
});

test('a program printing in a tight loop is rate-limited with a visible marker and killed within 1 s', async (t) => {
  // A host with a small budget (8 Ki characters per 250 ms), so that even a starved CPU outprints it.
  const charsPerWindow = 8 * 1024;
  const small = createServer((_req, res) => res.writeHead(404).end());
  await new Promise<void>((resolve) => small.listen(0, '127.0.0.1', resolve));
  const smallHost = attachRuntimeHost(small, { base: '/', limits: { outputCharsPerWindow: charsPerWindow } });
  t.after(async () => {
    await smallHost.close();
    await new Promise((resolve) => small.close(resolve));
  });
  const client = await Client.open({}, (small.address() as { port: number }).port);
  await client.mount('flood', { 'flood.js': FLOOD });
  const started = Date.now();
  const { id } = await client.spawn('flood', 'flood.js');
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
  const client = await Client.open();
  const program = `process.on('SIGINT', () => { console.log('got SIGINT'); process.exit(130); });
process.stdin.setEncoding('utf8');
process.stdin.on('data', (d) => console.log('line:' + JSON.stringify(d)));
process.stdin.on('end', () => console.log('stdin closed'));
setInterval(() => {}, 1000); // keeps running after end of input, until the signal
console.log('ready');\n`;
  await client.mount('sig', { 'sig.js': program });
  const { id } = await client.spawn('sig', 'sig.js');
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
  await assert.rejects(Client.open({ origin: 'http://evil.example' }), /Unexpected server response: 403/);
});

test('an upgrade with Host attacker.example:PORT is refused, even with a matching Origin', async () => {
  await assert.rejects(
    Client.open({ host: `attacker.example:${port}`, origin: `http://attacker.example:${port}` }),
    /Unexpected server response: 403/,
  );
  await assert.rejects(Client.open({ host: `attacker.example:${port}` }), /Unexpected server response: 403/);
});

test('spawning before mounting, or outside the folder, is refused with a readable error', async () => {
  const client = await Client.open();
  const { reply } = await client.spawn('nowhere', 'a.js');
  assert.equal(reply.type, 'error');
  assert.match((reply as { message: string }).message, /does not exist/);
  client.send({ type: 'mount', id: 99, dir: '../escape', files: { 'a.js': '' } });
  assert.match(JSON.stringify(await client.reply(99)), /relative path/);
  await client.close();
});
