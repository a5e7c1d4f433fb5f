/**
 * Issue 14: the corrected (修正版) Python shown on the pages really runs — the B8 remote-command
 * server and client talk to each other, the ticket sale sells its one ticket exactly once, and the
 * JoinableQueue example lets every bun be eaten before 主. Needs python3; without it each test
 * skips and says so.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { once } from 'node:events';
import { freePort } from '../../src/sandbox/free-port.ts';
import { corrected } from '../../src/data/corrected/index.ts';

const ROOT = new URL('../../', import.meta.url);
const PYTHON = process.env['PYTHON'] ?? 'python3';
const hasPython = spawnSync(PYTHON, ['--version']).status === 0;
const skip = hasPython ? false : `${PYTHON} not found: the corrected Python cannot be run here`;
const source = (file: string): string => readFileSync(new URL(file, ROOT), 'utf8');
const B8_SERVER = 'sandboxes/remote-command/cmd_server.py';
const B8_CLIENT = 'sandboxes/remote-command/cmd_client.py';

/** Run a Python program to its end in its own temporary folder; resolves with its output. */
async function run(code: string, stdin = '', timeoutMs = 20_000, env: Record<string, string> = {}): Promise<{ code: number | null; out: string; err: string }> {
  const cwd = mkdtempSync(join(tmpdir(), 'corrected-'));
  try {
    writeFileSync(join(cwd, 'main.py'), code);
    const child = spawn(PYTHON, ['main.py'], { cwd, timeout: timeoutMs, env: { ...process.env, ...env } });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => { out += d.toString('utf8'); });
    child.stderr.on('data', (d: Buffer) => { err += d.toString('utf8'); });
    child.stdin.end(stdin);
    const [exit] = await once(child, 'exit') as [number | null];
    return { code: exit, out, err };
  } finally {
    rmSync(cwd, { recursive: true, force: true });
  }
}

test('every corrected example names an existing .py file that Python can compile', { skip }, () => {
  for (const [id, ex] of Object.entries(corrected)) {
    const r = spawnSync(PYTHON, ['-c', 'import ast, sys; ast.parse(sys.stdin.read())'], { input: source(ex.file) });
    assert.equal(r.status, 0, `${id} (${ex.file}) does not parse: ${r.stderr}`);
  }
});

test('corrected B8: the client gets each command\'s whole output and leaves on quit', { skip }, async () => {
  const port = await freePort();
  // Both take their port from PORT, like every sandbox program (8081, as in the notes, without it).
  assert.match(source(B8_SERVER), /os\.environ\.get\('PORT', 8081\)/);
  const dir = mkdtempSync(join(tmpdir(), 'corrected-b8-'));
  writeFileSync(join(dir, 'server.py'), source(B8_SERVER));
  let server: ChildProcess | undefined;
  try {
    server = spawn(PYTHON, ['-u', 'server.py'], { cwd: dir, env: { ...process.env, PORT: String(port) } });
    // Ready once the port accepts a connection: poll with the client itself would consume it, so probe.
    const net = await import('node:net');
    await (async function waitListening(deadline = Date.now() + 10_000): Promise<void> {
      for (;;) {
        const ok = await new Promise<boolean>((resolve) => {
          const s = net.connect(port, '127.0.0.1', () => { s.end(); resolve(true); });
          s.on('error', () => resolve(false));
        });
        if (ok) return;
        if (Date.now() > deadline) throw new Error('the corrected server did not start listening');
        await new Promise((r) => setImmediate(r));
      }
    })();
    // `seq 1 1000` prints 3 893 bytes: more than one recv(1024), so only a client that reads the
    // whole framed reply shows it in one piece before the next prompt.
    const seq = Array.from({ length: 1000 }, (_, i) => String(i + 1)).join('\n');
    const r = await run(source(B8_CLIENT), 'echo hello\n\necho 你好\nseq 1 1000\necho hi\nquit\n', 20_000, { PORT: String(port) });
    assert.equal(r.code, 0, `the client exits 0 on quit (stderr: ${r.err})`);
    const replies = r.out.split('请输入命令:').map((s) => s.trim()).filter(Boolean);
    assert.deepEqual(replies, ['hello', '你好', seq, 'hi'], 'each command gets exactly its own output, 3 893 bytes included');
  } finally {
    server?.kill();
    if (server && server.exitCode === null && server.signalCode === null) await once(server, 'exit');
    rmSync(dir, { recursive: true, force: true });
  }
});

test('corrected ticket sale: ten buyers, one ticket, exactly one 买票成功', { skip }, async () => {
  const r = await run(source('sandboxes/mutex-tickets/ticket_sale.py'));
  assert.equal(r.code, 0, r.err);
  // Ten processes share one pipe, so lines may interleave: count the messages, not the lines.
  const count = (re: RegExp): number => [...r.out.matchAll(re)].length;
  assert.equal(count(/用户\d+买票成功/g), 1, r.out);
  assert.equal(count(/用户\d+买票失败/g), 9, r.out);
  assert.equal(count(/用户\d+查询余票：[01]/g), 10, r.out);
});

test('JoinableQueue example: all six buns are eaten before 主, then the daemon consumers end', { skip }, async () => {
  const r = await run(source('src/data/corrected/joinable-queue.py'));
  assert.equal(r.code, 0, r.err);
  // Four processes share one pipe, so lines may interleave: find the messages, not the lines.
  assert.match(r.out, /主\s*$/, '主 comes last');
  const eaten = [...r.out.matchAll(/c[12]吃了((egon|tank)的包子[012])/g)].map((m) => m[1]);
  assert.equal(eaten.length, 6, r.out);
  assert.equal(new Set(eaten).size, 6, 'every bun is eaten once');
});
