// The local runtime contains what a reader's program starts: detached and reparented descendants are
// stopped, a fork loop is stopped at the process cap, a memory hog at the memory cap. Real host, real
// processes; every process a test starts is found afterwards by its TEST_MARK, and none may be left.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Client, hostPool, isAlive, markedPids, waitUntil, type TestHost } from '../helpers/runtime-harness.ts';

const MARK = `rt-containment-${process.pid}`;
const hosts = hostPool(MARK);
const host = (limits: Parameters<typeof hosts.start>[0] = {}): Promise<TestHost> => hosts.start(limits);

after(() => hosts.closeAll());

// A child in its own session (detached), which starts a grandchild in yet another session and
// exits, so the grandchild is reparented; plus a child with an emptied environment and its own
// session (found through its living parent). Prints every pid.
const ESCAPERS = `import { spawn } from 'node:child_process';
const idle = 'setInterval(() => {}, 1000)';
const middle = spawn(process.execPath, ['-e', \`
  const { spawn } = require('node:child_process');
  const g = spawn(process.execPath, ['-e', '\${idle}'], { detached: true, stdio: 'ignore' });
  console.log(g.pid);
  setTimeout(() => process.exit(0), 50);
\`], { detached: true, stdio: ['ignore', 'pipe', 'inherit'] });
middle.stdout.setEncoding('utf8');
middle.stdout.once('data', (grandchild) => {
  const scrubbed = spawn(process.execPath, ['-e', idle], { detached: true, stdio: 'ignore', env: {} });
  middle.once('exit', () => console.log('pids', process.pid, middle.pid, Number(grandchild), scrubbed.pid));
});
setInterval(() => {}, 1000);
`;

async function startEscapers(client: Client, dir: string): Promise<{ id: number; pids: number[] }> {
  await client.mount(dir, { 'escape.js': ESCAPERS });
  const id = await client.spawn(dir, 'escape.js');
  const match = await client.waitOutput(id, /pids (\d+) (\d+) (\d+) (\d+)/);
  const pids = match.slice(1).map(Number);
  const [main, middle, grandchild, scrubbed] = pids as [number, number, number, number];
  await waitUntil(() => !isAlive(middle), 'the middle process to exit');
  assert.ok(isAlive(main) && isAlive(grandchild) && isAlive(scrubbed), 'the program, its reparented grandchild and its scrubbed child run');
  return { id, pids: [main, grandchild, scrubbed] };
}

test('a detached, reparented grandchild and a child with an emptied environment are gone after Stop', async () => {
  const h = await host();
  const client = await Client.open(h.port, MARK);
  const { id, pids } = await startEscapers(client, 'stop');
  client.send({ type: 'kill', id, signal: 'SIGTERM' });
  assert.equal((await client.waitExit(id)).code, 143);
  await waitUntil(() => !pids.some(isAlive), `pids ${pids.join(', ')} to end`);
  await client.close();
});

test('the same escapers are gone after the page disconnects', async () => {
  const h = await host();
  const client = await Client.open(h.port, MARK);
  const { pids } = await startEscapers(client, 'disconnect');
  await client.close();
  await waitUntil(() => !pids.some(isAlive), `pids ${pids.join(', ')} to end`);
});

test('the same escapers are gone when the host process itself is ended (SIGTERM)', async () => {
  const hostProcess = spawn(process.execPath, [...process.execArgv.filter((a) => !a.startsWith('--test')), fileURLToPath(new URL('../helpers/host-process.ts', import.meta.url))], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = once(hostProcess, 'exit');
  let out = '';
  const port = await new Promise<number>((resolve, reject) => {
    hostProcess.stdout.on('data', (d: Buffer) => {
      out += d;
      const m = /port (\d+)/.exec(out);
      if (m) resolve(Number(m[1]));
    });
    hostProcess.once('exit', (code) => reject(new Error(`the host exited (${code}) before listening: ${out}`)));
  });
  const client = await Client.open(port, MARK);
  const { pids } = await startEscapers(client, 'host-exit');
  hostProcess.kill('SIGTERM');
  const [, signal] = await exited;
  assert.equal(signal, 'SIGTERM', 'the host re-raises the signal and ends');
  await waitUntil(() => !pids.some(isAlive), `pids ${pids.join(', ')} to end`);
  await client.close();
});

test('a detached child is stopped when the main process exits by itself', async () => {
  const h = await host();
  const client = await Client.open(h.port, MARK);
  const program = `import { spawn } from 'node:child_process';
const child = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { detached: true, stdio: 'ignore' });
child.unref();
console.log('child', child.pid);\n`;
  await client.mount('leave', { 'leave.js': program });
  const id = await client.spawn('leave', 'leave.js');
  assert.equal((await client.waitExit(id)).code, 0);
  const child = Number(/child (\d+)/.exec(client.output(id))?.[1]);
  await waitUntil(() => !isAlive(child), `child ${child} to end`);
  await client.close();
});

test('a program forking 200 children is stopped at the 64-process cap with a bilingual message, leaving none', async () => {
  const h = await host();
  const client = await Client.open(h.port, MARK);
  // `sleep` children (small, so the machine is not hurt before the cap acts), one every 2 ms.
  const program = `import { spawn } from 'node:child_process';
for (let i = 1; i <= 200; i++) {
  const c = spawn('sleep', ['30'], { stdio: 'ignore' });
  console.log('child', i, c.pid);
  await new Promise((r) => setTimeout(r, 2));
}
console.log('all 200 started');
setInterval(() => {}, 1000);\n`;
  await client.mount('forks', { 'forks.js': program });
  const id = await client.spawn('forks', 'forks.js');
  const exit = await client.waitExit(id, 10_000);
  const output = client.output(id);
  assert.equal(exit.code, 137);
  assert.match(output, /\[已停止：进程超过 64 个，退出状态 137 \/ stopped: more than 64 processes, exit status 137\]/);
  assert.doesNotMatch(output, /all 200 started/);
  const children = [...output.matchAll(/child \d+ (\d+)/g)].map((m) => Number(m[1]));
  assert.ok(children.length >= 64, `${children.length} children were started before the stop`);
  await waitUntil(() => markedPids(MARK).length === 0 && !children.some(isAlive), 'every child to end');
  console.log(`# fork test: ${children.length} children started before the stop, ${markedPids(MARK).length} left`);
  assert.match(await client.runHello('after-forks'), /hello after/);
  await client.close();
});

test('a shell fork tree that outruns the poll (≈ 250 processes in milliseconds) is stopped, leaving none', async () => {
  const h = await host();
  const client = await Client.open(h.port, MARK);
  // Each level forks two subshells in the background, then sleeps: 2^7 - 1 subshells plus their sleeps.
  const program = `import { spawn } from 'node:child_process';
const tree = 'f() { if [ "$1" -gt 0 ]; then f $(($1 - 1)) & f $(($1 - 1)) & fi; sleep 30; }; f 6';
spawn('sh', ['-c', tree], { stdio: 'ignore' });
setInterval(() => {}, 1000);\n`;
  await client.mount('tree', { 'tree.js': program });
  const id = await client.spawn('tree', 'tree.js');
  const exit = await client.waitExit(id, 10_000);
  assert.equal(exit.code, 137);
  assert.match(client.output(id), /stopped: more than 64 processes/);
  await waitUntil(() => markedPids(MARK).length === 0, 'every process of the tree to end');
  assert.match(await client.runHello('after-tree'), /hello after/);
  await client.close();
});

/** Resident set of `pid` in bytes (0 once it is gone). */
function rssOf(pid: number): number {
  try {
    return Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) * 1024;
  } catch {
    return 0;
  }
}

test('a Buffer memory hog is stopped within 5 s of crossing a 200 MB cap; the next program runs', async () => {
  const capMb = 200;
  const h = await host({ maxRssBytes: capMb * 1024 * 1024 });
  const client = await Client.open(h.port, MARK);
  // Buffers live outside the V8 heap: no heap limit stops this. 1.5 GB/s on this machine.
  const hog = `const a = [];
for (;;) { a.push(Buffer.alloc(64 << 20, 1)); console.log('holding', a.length * 64, 'MB'); }\n`;
  await client.mount('hog', { 'hog.js': hog });
  const id = await client.spawn('hog', 'hog.js');
  const started = Date.now();
  const pid = client.pidOf(id);
  assert.ok(pid > 0);
  // Watch its memory from here too, to see when it crosses the cap.
  let crossedAt: number | undefined;
  let peak = 0;
  const probe = setInterval(() => {
    const rss = rssOf(pid);
    peak = Math.max(peak, rss);
    if (crossedAt === undefined && rss > capMb * 1024 * 1024) crossedAt = Date.now();
  }, 5);
  const exit = await client.waitExit(id, 10_000).finally(() => clearInterval(probe));
  const afterStart = exit.at - started;
  const afterCrossing = crossedAt === undefined ? undefined : exit.at - crossedAt;
  console.log(`# memory hog: exit ${afterStart} ms after start, ${afterCrossing ?? '(crossing not sampled)'} ms after crossing ${capMb} MB, peak seen ${Math.round(peak / 2 ** 20)} MB`);
  // It crossed the cap after it started, so this bounds the time from crossing to the stop.
  assert.ok(afterStart <= 5000, `stopped ${afterStart} ms after it started`);
  assert.equal(exit.code, 137);
  assert.match(client.output(id), /\[已停止：内存超过 200 MB（程序及其子进程），退出状态 137 \/ stopped: more than 200 MB of memory \(program and its children\), exit status 137\]/);
  assert.match(await client.runHello('after-hog'), /hello after/);
  await client.close();
});
