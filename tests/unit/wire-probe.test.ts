/**
 * The wire probe on real Node: a program's output is byte-identical with and without it, and both
 * ends of a TCP connection (and of a UDP exchange) report the same connection id.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { probeWanted, WIRE_PROBE_FILE, WIRE_PROBE_SOURCE } from '../../src/runtime/wire-probe-source.ts';
import { createWireExtractor, type WireDropped, type WireEvent } from '../../src/runtime/wire-extract.ts';

const PROGRAM = `
import net from 'node:net';
import dgram from 'node:dgram';
import { once } from 'node:events';
const server = net.createServer((c) => { c.on('data', (d) => c.write(d.toString().toUpperCase())); c.on('end', () => c.end()); });
server.listen(0, '127.0.0.1');
await once(server, 'listening');
const client = net.connect(server.address().port, '127.0.0.1');
await once(client, 'connect');
client.cork(); client.write('ab'); client.write('cd'); client.uncork();
const [reply] = await once(client, 'data');
console.log('reply', reply.toString());
client.end();
await once(client, 'close');
server.close();
const rx = dgram.createSocket('udp4');
rx.bind(0, '127.0.0.1');
await once(rx, 'listening');
const tx = dgram.createSocket('udp4');
tx.send('datagram!', rx.address().port, '127.0.0.1');
const [msg] = await once(rx, 'message');
console.error('got', msg.length);
tx.close(); rx.close();
`;

async function runNode(dir: string, args: string[]): Promise<{ stdout: string; stderr: string; code: number | null }> {
  const child = spawn(process.execPath, args, { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
  child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  const [code] = (await new Promise((r) => child.on('close', (code) => r([code])))) as [number | null];
  return { stdout, stderr, code };
}

test('with the probe, output is byte-identical and events match end to end', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'wire-probe-'));
  try {
    await writeFile(join(dir, 'package.json'), '{"type":"module"}\n');
    await writeFile(join(dir, 'main.js'), PROGRAM);
    await writeFile(join(dir, WIRE_PROBE_FILE), WIRE_PROBE_SOURCE);
    const plain = await runNode(dir, ['main.js']);
    const probed = await runNode(dir, ['--import', `./${WIRE_PROBE_FILE}`, 'main.js']);
    assert.equal(plain.code, 0, plain.stderr);
    assert.equal(probed.code, 0, probed.stderr);
    const events: (WireEvent | WireDropped)[] = [];
    const x = createWireExtractor((e) => events.push(e));
    const stderr = x.push(probed.stderr) + x.flush();
    assert.equal(probed.stdout, plain.stdout);
    assert.equal(stderr, plain.stderr);
    assert.equal(x.malformed, 0);

    const wire = events.filter((e): e is WireEvent => e.k !== 'dropped');
    assert.equal(wire.length, events.length, 'nothing dropped');
    const kinds = wire.map((e) => e.k);
    for (const k of ['listen', 'accept', 'connect', 'write', 'data', 'end', 'close', 'send', 'message']) assert.ok(kinds.includes(k as WireEvent['k']), `no ${k} in ${kinds.join(',')}`);
    const connect = wire.find((e) => e.k === 'connect');
    const accept = wire.find((e) => e.k === 'accept');
    assert.ok(connect?.conn);
    assert.equal(accept?.conn, connect.conn);
    // two corked writes of 2 bytes arrive as one 4-byte chunk at the server
    const writes = wire.filter((e) => e.k === 'write' && e.l === connect.l);
    assert.deepEqual(writes.map((e) => e.n), [2, 2]);
    const serverData = wire.find((e) => e.k === 'data' && e.l === accept.l);
    assert.equal(serverData?.n, 4);
    assert.equal(serverData.conn, connect.conn);
    const send = wire.find((e) => e.k === 'send');
    const message = wire.find((e) => e.k === 'message');
    assert.equal(send?.n, 9);
    assert.equal(message?.n, 9);
    assert.equal(send.conn, message.conn);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('a child process inherits the probe', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'wire-probe-'));
  try {
    await writeFile(join(dir, 'package.json'), '{"type":"module"}\n');
    await writeFile(join(dir, WIRE_PROBE_FILE), WIRE_PROBE_SOURCE);
    await writeFile(join(dir, 'child.js'), `import net from 'node:net'; const s = net.createServer(); s.listen(0, '127.0.0.1', () => s.close());\n`);
    await writeFile(join(dir, 'main.js'), `import { spawnSync } from 'node:child_process'; import { mkdirSync } from 'node:fs';\nmkdirSync('sub', { recursive: true });\nspawnSync(process.execPath, ['../child.js'], { cwd: 'sub', stdio: 'inherit' });\n`);
    const probed = await runNode(dir, ['--import', `./${WIRE_PROBE_FILE}`, 'main.js']);
    assert.equal(probed.code, 0, probed.stderr);
    const events: (WireEvent | WireDropped)[] = [];
    const x = createWireExtractor((e) => events.push(e));
    x.push(probed.stderr);
    assert.deepEqual(events.map((e) => e.k), ['listen']);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('the probe loads on the local runtime always, on a WebContainer only when asked (?wire=on)', () => {
  assert.equal(probeWanted('local', ''), true);
  assert.equal(probeWanted('webcontainer', ''), false);
  assert.equal(probeWanted('webcontainer', '?runtime=webcontainer&wire=on'), true);
  assert.equal(probeWanted('webcontainer', '?wire=off'), false);
});
