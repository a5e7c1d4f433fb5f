// Hostile output cannot break the local runtime host or the page's connection: after each program
// below, the same connection (the page's one WebSocket) still runs the next program and shows its
// output. Real host, real processes; none may be left behind.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { Client, hostPool, isAlive, waitUntil } from '../helpers/runtime-harness.ts';

const MARK = `rt-hostile-${process.pid}`;
const hosts = hostPool(MARK);

async function open(limits: Parameters<typeof hosts.start>[0] = {}): Promise<Client> {
  return Client.open((await hosts.start(limits)).port, MARK);
}

after(() => hosts.closeAll());

test('100 MB without a newline: bounded output with the truncation marker, Stop works, the next program runs', async () => {
  const charsPerWindow = 16 * 1024;
  const client = await open({ outputCharsPerWindow: charsPerWindow });
  const program = `const mb = 'x'.repeat(1 << 20);
for (let i = 0; i < 100; i++) process.stdout.write(mb);
console.log('wrote 100 MB');\n`;
  await client.mount('flood', { 'flood.js': program });
  const started = Date.now();
  const id = await client.spawn('flood', 'flood.js');
  await client.waitOutput(id, /\[output truncated\]/);
  client.send({ type: 'kill', id, signal: 'SIGTERM' });
  assert.equal((await client.waitExit(id)).code, 143);
  const elapsed = Date.now() - started;
  const received = client.output(id).length;
  const bound = (Math.ceil(elapsed / 250) + 2) * (charsPerWindow + 64);
  assert.ok(received <= bound, `${received} characters reached the page in ${elapsed} ms (bound ${bound})`);
  assert.match(await client.runHello('after-flood'), /hello after/);
  await client.close();
});

test('invalid UTF-8 becomes U+FFFD; a character split across writes arrives whole', async () => {
  const client = await open();
  const program = `import { writeSync } from 'node:fs';
writeSync(1, Buffer.from([0x61, 0xff, 0xfe, 0x80, 0x62, 0x0a])); // a, three invalid bytes, b
writeSync(1, Buffer.from([0xe4, 0xbd]));                          // the first two bytes of 你 …
setTimeout(() => writeSync(1, Buffer.from([0xa0, 0x0a])), 50);    // … and its last, later\n`;
  await client.mount('utf8', { 'bytes.js': program });
  const id = await client.spawn('utf8', 'bytes.js');
  assert.equal((await client.waitExit(id)).code, 0);
  assert.equal(client.output(id), 'a\uFFFD\uFFFD\uFFFDb\n你\n');
  assert.match(await client.runHello('after-utf8'), /hello after/);
  await client.close();
});

test('a program that closes stdout and stderr and keeps running: its exit is reported, and Stop works', async () => {
  const client = await open();
  const program = `import { closeSync } from 'node:fs';
console.log('closing my output');
closeSync(1);
closeSync(2);
process.stdin.once('data', () => process.exit(3)); // exits when told, long after its output closed
setInterval(() => {}, 1000);\n`;
  await client.mount('closed', { 'closed.js': program });
  const first = await client.spawn('closed', 'closed.js');
  await client.waitOutput(first, /closing my output/);
  client.send({ type: 'input', id: first, data: 'exit now\n' });
  assert.equal((await client.waitExit(first)).code, 3);
  const second = await client.spawn('closed', 'closed.js');
  await client.waitOutput(second, /closing my output/);
  client.send({ type: 'kill', id: second, signal: 'SIGTERM' });
  assert.equal((await client.waitExit(second)).code, 143);
  assert.match(await client.runHello('after-closed'), /hello after/);
  await client.close();
});

test('a program that ignores SIGTERM is killed with SIGKILL after the grace period', async () => {
  const client = await open({ killGraceMs: 300 });
  const program = `process.on('SIGTERM', () => console.log('ignoring SIGTERM'));
console.log('ready');
setInterval(() => {}, 1000);\n`;
  await client.mount('stubborn', { 'stubborn.js': program });
  const id = await client.spawn('stubborn', 'stubborn.js');
  await client.waitOutput(id, /ready/);
  const killed = Date.now();
  client.send({ type: 'kill', id, signal: 'SIGTERM' });
  const exit = await client.waitExit(id);
  assert.equal(exit.code, 137);
  assert.match(client.output(id), /ignoring SIGTERM/);
  assert.ok(exit.at - killed >= 300, `exited ${exit.at - killed} ms after the kill: before the grace period ended`);
  assert.match(await client.runHello('after-stubborn'), /hello after/);
  await client.close();
});

test('a descendant still printing after the main process exited is stopped; nothing follows the exit', async () => {
  const client = await open();
  // The child shares the terminal (inherited stdout) and its own session; it tells the main process
  // once it has printed, then the main process exits.
  const program = `import { spawn } from 'node:child_process';
const code = "setInterval(() => console.log('tick from', process.pid), 20); setTimeout(() => process.send('up'), 60);";
const child = spawn(process.execPath, ['-e', code], { detached: true, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
child.once('message', () => { console.log('main exits, child', child.pid); process.exit(0); });\n`;
  await client.mount('chatty', { 'chatty.js': program });
  const id = await client.spawn('chatty', 'chatty.js');
  const exit = await client.waitExit(id);
  assert.equal(exit.code, 0);
  const child = Number(/main exits, child (\d+)/.exec(client.output(id))?.[1]);
  assert.match(client.output(id), /tick from \d+/);
  await waitUntil(() => !isAlive(child), `child ${child} to end`);
  assert.match(await client.runHello('after-chatty'), /hello after/);
  const late = client.messages.filter((m) => m.type === 'output' && m.id === id && m.at > exit.at);
  assert.deepEqual(late, [], 'output of the program after its exit was reported');
  await client.close();
});
