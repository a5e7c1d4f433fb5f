/** Matchers and expectations of sandbox scenarios (src/sandbox/scenario-match.ts). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkExpectation, compileMatcher, outputLines, scanForLine, waitPredicate } from '../../src/sandbox/scenario-match.ts';
import { expectationSchema } from '../../src/sandbox/schema.ts';

const P = '输入要发送的信息：';
const exp = (e: unknown) => expectationSchema.parse(e);

test('plain matchers compare the whole trimmed line; /…/ is a regex', () => {
  assert.equal(compileMatcher('HELLO').test('  HELLO '), true);
  assert.equal(compileMatcher('HELLO').test('HELLO!'), false);
  assert.equal(compileMatcher('/^HI+$/').test('HIII'), true);
  assert.equal(compileMatcher('/hello/i').test('HELLO'), true);
  assert.throws(() => compileMatcher('/(/'), /bad regular expression/);
});

test('a plain matcher also accepts the normalised line', () => {
  const m = compileMatcher("('127.0.0.1', <PORT>)", (t) => t.replace(/\d{4,5}/, '<PORT>'));
  assert.equal(m.test("('127.0.0.1', 54321)"), true);
});

test('output lines: prompts stripped (repeated ones too), blank lines dropped', () => {
  const out = `${P}HELLO\n${P}${P}HI\n\n${P}`;
  assert.deepEqual(outputLines(out, [P]), ['HELLO', 'HI']);
  assert.deepEqual(outputLines('a\r\nb  \n'), ['a', 'b']);
});

test('scanForLine finds complete and unfinished lines, from the cursor on', () => {
  const text = `listening\n${P}`;
  const end = scanForLine(text, 0, waitPredicate({ text: P }), [P]);
  assert.equal(end, text.length);
  assert.equal(scanForLine(text, end ?? 0, waitPredicate({ text: P }), [P]), null, 'the same prompt is not found twice');
  const more = `${text}HELLO\n${P}`;
  assert.equal(scanForLine(more, end ?? 0, waitPredicate({ pattern: '^HELLO$' }), [P]), more.length - P.length);
});

test('lines: exact list, with a readable difference', () => {
  assert.deepEqual(checkExpectation(exp({ of: 'c', lines: ['A', '/^B/'] }), ['A', 'Bee'], 0), []);
  const [msg] = checkExpectation(exp({ of: 'c', lines: ['A', 'B'] }), ['A', 'C'], 0);
  assert.match(msg ?? '', /line 2 differs \(expected B\)/);
  assert.match(checkExpectation(exp({ of: 'c', lines: [] }), ['x'], 0)[0] ?? '', /1 lines instead of 0/);
});

test('includes, inOrder, excludes, count', () => {
  const lines = ['a1', 'b', 'a2', 'c'];
  assert.deepEqual(checkExpectation(exp({ of: 'x', includes: ['c'], inOrder: ['a1', 'a2', 'c'], excludes: ['d'], count: [{ line: '/^a/', equals: 2 }] }), lines, 0), []);
  assert.equal(checkExpectation(exp({ of: 'x', inOrder: ['a2', 'b'] }), lines, 0).length, 1);
  assert.equal(checkExpectation(exp({ of: 'x', excludes: ['/^b$/'] }), lines, 0).length, 1);
  assert.equal(checkExpectation(exp({ of: 'x', count: [{ line: '/^a/', min: 3 }] }), lines, 0).length, 1);
  assert.equal(checkExpectation(exp({ of: 'x', includes: ['zz'] }), lines, 0).length, 1);
});

test('number and durationMs', () => {
  const lines = ['took 3.02 s'];
  assert.deepEqual(checkExpectation(exp({ of: 'x', number: [{ pattern: 'took ([\\d.]+)', min: 2, max: 4 }] }), lines, 0), []);
  assert.equal(checkExpectation(exp({ of: 'x', number: [{ pattern: 'took ([\\d.]+)', max: 3 }] }), lines, 0).length, 1);
  assert.equal(checkExpectation(exp({ of: 'x', number: [{ pattern: 'nothing (\\d+)' }] }), lines, 0).length, 1);
  assert.deepEqual(checkExpectation(exp({ of: 'x', durationMs: { min: 100, max: 200 } }), [], 150), []);
  assert.equal(checkExpectation(exp({ of: 'x', durationMs: { max: 200 } }), [], 250).length, 1);
  assert.match(checkExpectation(exp({ of: 'x', durationMs: { max: 200 } }), [], undefined)[0] ?? '', /never exited/);
});
