import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createLineDiscipline, graphemeWidth } from '../../src/runtime/line-discipline.ts';

function setup(echo = true) {
  const log = { written: [] as string[], sent: [] as string[], interrupts: 0, ends: 0 };
  const lines = createLineDiscipline({
    echo,
    write: (t) => log.written.push(t),
    send: (t) => log.sent.push(t),
    interrupt: () => log.interrupts++,
    endInput: () => log.ends++,
  });
  return { lines, log };
}

test('typed characters echo and are sent only on Enter, with \\n', () => {
  const { lines, log } = setup();
  lines.handle('h');
  lines.handle('i');
  assert.deepEqual(log.written, ['h', 'i']);
  assert.deepEqual(log.sent, []);
  lines.handle('\r');
  assert.deepEqual(log.sent, ['hi\n']);
  assert.equal(log.written.at(-1), '\r\n');
});

test('without local echo nothing is written, lines are still sent', () => {
  const { lines, log } = setup(false);
  lines.handle('ok\r');
  assert.deepEqual(log.written, []);
  assert.deepEqual(log.sent, ['ok\n']);
});

test('Backspace removes a whole wide character and erases two columns', () => {
  const { lines, log } = setup();
  lines.handle('你好'); // one IME-composed string
  lines.handle('\x7f');
  assert.equal(log.written.at(-1), '\b\b  \b\b');
  lines.handle('\r');
  assert.deepEqual(log.sent, ['你\n']);
});

test('Backspace removes a letter with a combining accent in one press, and does nothing on an empty line', () => {
  const { lines, log } = setup();
  lines.handle('ae\u0301');
  lines.handle('\x7f\x7f\x7f');
  assert.equal(log.written.filter((w) => w === '\b \b').length, 2);
  lines.handle('\r');
  assert.deepEqual(log.sent, ['\n']);
});

test('a pasted block sends one line per line end, \\r\\n counting once', () => {
  const { lines, log } = setup();
  lines.handle('one\r\ntwo\r');
  lines.handle('\n'); // the \n of a \r\n split across two onData calls
  lines.handle('three\n');
  assert.deepEqual(log.sent, ['one\n', 'two\n', 'three\n']);
});

test('Ctrl-C interrupts, echoes ^C and drops the pending line', () => {
  const { lines, log } = setup();
  lines.handle('abc\x03');
  assert.equal(log.interrupts, 1);
  assert.equal(log.written.at(-1), '^C\r\n');
  lines.handle('\r');
  assert.deepEqual(log.sent, ['\n']);
});

test('Ctrl-D on an empty line ends input once; later typing is ignored until reset', () => {
  const { lines, log } = setup();
  lines.handle('\x04');
  assert.equal(log.ends, 1);
  lines.handle('more\r\x04');
  assert.equal(log.ends, 1);
  assert.deepEqual(log.sent, []);
  lines.handle('\x03');
  assert.equal(log.interrupts, 1, 'Ctrl-C still works after end of input');
  lines.reset();
  lines.handle('again\r');
  assert.deepEqual(log.sent, ['again\n']);
});

test('Ctrl-D on a non-empty line sends it without a newline and keeps input open', () => {
  const { lines, log } = setup();
  lines.handle('abc\x04');
  assert.deepEqual(log.sent, ['abc']);
  assert.equal(log.ends, 0);
});

test('arrow keys and other escape sequences are neither echoed nor sent', () => {
  const { lines, log } = setup();
  lines.handle('a\x1b[A\x1b[1;5C\x1bOPb\r');
  assert.deepEqual(log.written.join(''), 'ab\r\n');
  assert.deepEqual(log.sent, ['ab\n']);
});

test('graphemeWidth: CJK and emoji are wide, combining marks are zero', () => {
  assert.equal(graphemeWidth('好'), 2);
  assert.equal(graphemeWidth('😀'), 2);
  assert.equal(graphemeWidth('a'), 1);
  assert.equal(graphemeWidth('\u0301'), 0);
});
