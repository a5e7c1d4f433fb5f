/** Building and normalising transcripts (src/sandbox/transcript.ts). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildTranscript, mergeOutput, normaliseText, sortMatchingLines, type Recording } from '../../src/sandbox/transcript.ts';

const ctx = { ports: [41234], pids: [98765], tmpDirs: ['/tmp/sandbox-x-abc123'] };

test('ports: the scenario PORT and ephemeral ports after 127.0.0.1', () => {
  assert.equal(normaliseText('listening on 127.0.0.1:41234', ctx), 'listening on 127.0.0.1:<PORT>');
  assert.equal(normaliseText("raddr=('127.0.0.1', 55012)>", ctx), "raddr=('127.0.0.1', <PORT>)>");
  assert.equal(normaliseText('connect ECONNREFUSED 127.0.0.1:41234', ctx), 'connect ECONNREFUSED 127.0.0.1:<PORT>');
  assert.equal(normaliseText('line 100: 5400 bytes', ctx), 'line 100: 5400 bytes', 'other numbers stay');
});

test('pids: known ones, and numbers after pid / 进程号', () => {
  assert.equal(normaliseText('主进程 98765', ctx), '主进程 <PID>');
  assert.equal(normaliseText('child pid=4242, ppid: 98765', ctx), 'child pid=<PID>, ppid: <PID>');
  assert.equal(normaliseText('子进程号 123', ctx), '子进程号 <PID>');
});

test('durations, but not labels such as <1s or >=1s', () => {
  assert.equal(normaliseText('耗时 3.0123s, 12 ms, 2秒', ctx), '耗时 <N>s, <N> ms, <N>秒');
  assert.equal(normaliseText('B after <1s (concurrent)', ctx), 'B after <1s (concurrent)');
  assert.equal(normaliseText('after >=0.5s (waited)', ctx), 'after >=0.5s (waited)');
  assert.equal(normaliseText('5 steps, 3 sec', ctx), '5 steps, 3 sec');
});

test('temp paths and extra rules', () => {
  assert.equal(normaliseText('/tmp/sandbox-x-abc123/big.txt', ctx), '<TMP>/big.txt');
  assert.equal(normaliseText('用户3买票成功', { ...ctx, replace: [{ pattern: '用户\\d+', with: '用户<N>' }] }), '用户<N>买票成功');
});

test('sortMatchingLines sorts only the matching lines, in their own positions, and keeps a prompt last', () => {
  assert.equal(sortMatchingLines('主\nchild 2\nchild 1\nend\n'), 'child 1\nchild 2\nend\n主\n', 'no matcher: every line');
  assert.equal(sortMatchingLines('主\nchild 2\nchild 1\nend\n', '/^child/'), '主\nchild 1\nchild 2\nend\n');
  assert.equal(sortMatchingLines('b\na\n> ', '/./'), 'a\nb\n> ');
});

test('mergeOutput joins consecutive output events whatever the chunking', () => {
  const merged = mergeOutput([
    { kind: 'start', at: 0, args: [] },
    { kind: 'output', at: 1, text: 'HEL' }, { kind: 'output', at: 2, text: '' }, { kind: 'output', at: 3, text: 'LO\n' },
    { kind: 'input', at: 4, text: 'x\n' },
    { kind: 'output', at: 5, text: 'a' }, { kind: 'output', at: 6, text: 'b' },
  ]);
  assert.deepEqual(merged.map((e) => [e.kind, e.text]), [['start', undefined], ['output', 'HELLO\n'], ['input', 'x\n'], ['output', 'ab']]);
});

test('buildTranscript: one entry per instance, normalised, same for any chunking', () => {
  const rec = (chunks: string[]): Recording => ({
    sandbox: 'demo', scenario: 's', port: 41234, tmpDir: '/tmp/t',
    instances: [{
      id: 'b', program: 'client', args: ['x'], pid: 98765, startedAt: 0, exitedAt: 9, output: chunks.join(''),
      events: [{ kind: 'start', at: 0, args: ['x'] }, ...chunks.map((text, i) => ({ kind: 'output' as const, at: i + 1, text })),
        { kind: 'exit', at: 9, code: 0, signal: null }],
    }],
  });
  const one = buildTranscript(rec(["('127.0.0.1', 50001) pid 98765\n", 'done\n']), 'header');
  const two = buildTranscript(rec(["('127.0.0.1', 5", "0001) pid 98765\ndo", 'ne\n']), 'header');
  assert.deepEqual(one, two);
  assert.deepEqual(one.programs, [{ name: 'client', events: [
    { kind: 'start', args: ['x'] },
    { kind: 'output', text: "('127.0.0.1', <PORT>) pid <PID>\ndone\n" },
    { kind: 'exit', code: 0, signal: null },
  ] }]);
});
