/**
 * A real local-runtime host on a free port, and a client speaking its protocol, for integration
 * tests with real processes. Every program a test starts gets `TEST_MARK=<mark>` in its environment
 * (the page may pass environment variables), which its descendants inherit: {@link markedPids}
 * finds any of them still alive, whatever session or group they ended up in.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import WebSocket from 'ws';
import type { ServerMessage } from '../../src/runtime/local-protocol.ts';
import type { RuntimeLimits } from '../../src/server/runtime-limits.ts';
import { attachRuntimeHost, handleRuntimeHttp } from '../../src/server/runtime-host.ts';
import type { PythonInfo } from '../../src/server/runtime-python.ts';
import type { ProgramCommand } from '../../src/runtime/types.ts';

export interface TestHost {
  port: number;
  close(): Promise<void>;
}

/** Start an http.Server with the runtime host on 127.0.0.1 and a free port (`python`: what the host reports and runs). */
export async function startHost(limits: Partial<RuntimeLimits> = {}, options: { python?: PythonInfo | null } = {}): Promise<TestHost> {
  const server = createServer((req, res) => {
    if (!handleRuntimeHttp(req, res, '/', undefined, ...(options.python === undefined ? [] : [options.python]))) res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const host = attachRuntimeHost(server, { base: '/', limits, ...(options.python === undefined ? {} : { python: options.python }) });
  return {
    port: (server.address() as { port: number }).port,
    async close() {
      await host.close();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

/**
 * The hosts one test file starts: `start` is {@link startHost} and remembers the host; `closeAll`
 * (for `after()`) closes them all and fails if a process marked `mark` outlived them (5 s of grace
 * for the last kills to land).
 */
export function hostPool(mark: string): { start: typeof startHost; closeAll(): Promise<void> } {
  const hosts: TestHost[] = [];
  return {
    async start(...args) {
      const h = await startHost(...args);
      hosts.push(h);
      return h;
    },
    async closeAll() {
      await Promise.all(hosts.splice(0).map((h) => h.close()));
      await waitUntil(() => markedPids(mark).length === 0, 'no marked process to be left', 5000).catch(() => {});
      assert.deepEqual(markedPids(mark), [], 'processes left behind');
    },
  };
}

/** Whether `pid` is a running (not zombie) process. */
export function isAlive(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return !'ZX'.includes(stat.slice(stat.lastIndexOf(')') + 2)[0] ?? 'X');
  } catch {
    return false;
  }
}

/** Live processes whose environment has `TEST_MARK=<mark>` (Linux /proc). */
export function markedPids(mark: string): number[] {
  const needle = `\0TEST_MARK=${mark}\0`;
  return readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .map(Number)
    .filter((pid) => {
      try {
        return `\0${readFileSync(`/proc/${pid}/environ`, 'latin1')}`.includes(needle) && isAlive(pid);
      } catch {
        return false;
      }
    });
}

/** Poll `check` until it holds; fail after `timeoutMs` (a deadline, not a sleep). */
export async function waitUntil(check: () => boolean, what: string, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) assert.fail(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

type Exit = Extract<ServerMessage, { type: 'exit' }>;
type Reply = Extract<ServerMessage, { type: 'ok' | 'error' }>;

/** A protocol client that records every message (with its arrival time) and lets a test wait for one. */
export class Client {
  readonly messages: (ServerMessage & { at: number })[] = [];
  private nextId = 1;
  private waiters: (() => void)[] = [];

  readonly ws: WebSocket;
  readonly mark: string;

  private constructor(ws: WebSocket, mark: string) {
    this.ws = ws;
    this.mark = mark;
    ws.on('message', (data) => {
      this.messages.push({ ...(JSON.parse(data.toString()) as ServerMessage), at: Date.now() });
      for (const wake of this.waiters.splice(0)) wake();
    });
  }

  /** Connect as the page on 127.0.0.1:`port` would; `headers` pose as another origin or host (refusal tests). */
  static async open(port: number, mark: string, headers: { origin?: string; host?: string } = {}): Promise<Client> {
    const ws = new WebSocket(`ws://127.0.0.1:${port}/__runtime`, {
      origin: headers.origin ?? `http://127.0.0.1:${port}`,
      ...(headers.host ? { headers: { host: headers.host } } : {}),
    });
    await new Promise((resolve, reject) => {
      ws.once('open', resolve);
      ws.once('error', reject);
    });
    return new Client(ws, mark);
  }

  async waitFor<T extends ServerMessage>(match: (m: ServerMessage) => m is T, what: string, timeoutMs = 5000): Promise<T & { at: number }> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.messages.find(match) as (T & { at: number }) | undefined;
      if (found) return found;
      const left = deadline - Date.now();
      if (left <= 0) assert.fail(`timed out waiting for ${what}; got ${JSON.stringify(this.messages.slice(-5)).slice(0, 2000)}`);
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

  /** Resolves with the match once the output of `id` so far matches `pattern`. */
  async waitOutput(id: number, pattern: RegExp, timeoutMs?: number): Promise<RegExpExecArray> {
    await this.waitFor((m): m is ServerMessage => pattern.test(this.output(id)) && m === m, `${pattern} from #${id}`, timeoutMs);
    return pattern.exec(this.output(id))!;
  }

  waitExit(id: number, timeoutMs?: number): Promise<Exit & { at: number }> {
    return this.waitFor((m): m is Exit => m.type === 'exit' && m.id === id, `exit of #${id}`, timeoutMs);
  }

  reply(id: number): Promise<Reply> {
    return this.waitFor((m): m is Reply => (m.type === 'ok' || m.type === 'error') && m.id === id, `reply to #${id}`);
  }

  async mount(dir: string, files: Record<string, string>): Promise<void> {
    const id = this.nextId++;
    this.send({ type: 'mount', id, dir, files: { 'package.json': '{"type":"module"}', ...files } });
    assert.equal((await this.reply(id)).type, 'ok');
  }

  /** Spawn `node <entry>` (or `python3 <entry>`) with TEST_MARK in its environment; resolves with the id once it runs. */
  async spawn(dir: string, entry: string, command: ProgramCommand = 'node', env: Record<string, string> = {}): Promise<number> {
    const { id, reply } = await this.request(dir, entry, command, env);
    assert.equal(reply.type, 'ok', JSON.stringify(reply));
    return id;
  }

  /** Send a spawn of any `command` and give back the host's reply, refusal included. */
  async request(dir: string, entry: string, command: string, env: Record<string, string> = {}): Promise<{ id: number; reply: Reply }> {
    const id = this.nextId++;
    this.send({ type: 'spawn', id, command, args: [entry], cwd: dir, env: { ...env, TEST_MARK: this.mark } });
    return { id, reply: await this.reply(id) };
  }

  /** The pid the host reported for program `id` (0 when unknown). */
  pidOf(id: number): number {
    for (const m of this.messages) if (m.type === 'ok' && m.id === id) return m.pid ?? 0;
    return 0;
  }

  /** Run a small program to the end and return its output: proves the connection still serves. */
  async runHello(dir: string): Promise<string> {
    await this.mount(dir, { 'hello.js': `console.log('hello after', process.argv.length);\n` });
    const id = await this.spawn(dir, 'hello.js');
    assert.equal((await this.waitExit(id)).code, 0);
    return this.output(id);
  }

  send(msg: object): void {
    this.ws.send(JSON.stringify(msg));
  }

  close(): Promise<void> {
    if (this.ws.readyState === WebSocket.CLOSED) return Promise.resolve();
    this.ws.close();
    return new Promise((resolve) => this.ws.once('close', () => resolve()));
  }
}
