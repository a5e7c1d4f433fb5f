import { test } from 'node:test';
import assert from 'node:assert/strict';
import { diffEdit, offsetOfLine, positionAt, replayEdits, startsUndoStep } from '../../src/components/sandbox/editor-handoff.ts';

const apply = (text: string, e: { start: number; end: number; text: string }): string => text.slice(0, e.start) + e.text + text.slice(e.end);

test('diffEdit finds the one replacement between two texts, and applying it gives the new text', () => {
  assert.equal(diffEdit('abc', 'abc'), null);
  assert.deepEqual(diffEdit('const a = 1;', 'const ab = 1;'), { start: 7, end: 7, text: 'b' });
  assert.deepEqual(diffEdit('hello world', 'hello'), { start: 5, end: 11, text: '' });
  assert.deepEqual(diffEdit('aaa', 'aaaa'), { start: 3, end: 3, text: 'a' });
  for (const [a, b] of [['x\ny\n', 'x\nyz\n'], ['', '你好'], ['net.createServer()', 'net.connect()'], ['a😀b', 'a😃b']] as const) {
    const edit = diffEdit(a, b)!;
    assert.equal(apply(a, edit), b, `${a} → ${b}`);
  }
});

test('diffEdit never cuts a surrogate pair: an emoji stays whole in the edit', () => {
  const edit = diffEdit('a😀b', 'a😃b')!;
  assert.equal(edit.text, '😃');
  assert.equal(edit.end - edit.start, 2);
});

test('replayEdits turns the text states into one undo step each, skipping repeats', () => {
  const states = ['let x;', 'let x; //', 'let x; //', 'let x; // hi', 'let x;'];
  const edits = replayEdits(states);
  assert.equal(edits.length, 3);
  let text = states[0]!;
  const seen = [text];
  for (const e of edits) seen.push((text = apply(text, e)));
  assert.deepEqual(seen, ['let x;', 'let x; //', 'let x; // hi', 'let x;']);
});

test('positionAt gives Monaco 1-based line/column, clamped to the text', () => {
  const text = 'ab\ncd\n\nef';
  assert.deepEqual(positionAt(text, 0), { lineNumber: 1, column: 1 });
  assert.deepEqual(positionAt(text, 2), { lineNumber: 1, column: 3 });
  assert.deepEqual(positionAt(text, 3), { lineNumber: 2, column: 1 });
  assert.deepEqual(positionAt(text, 6), { lineNumber: 3, column: 1 });
  assert.deepEqual(positionAt(text, 99), { lineNumber: 4, column: 3 });
  assert.deepEqual(positionAt(text, -5), { lineNumber: 1, column: 1 });
});

test('offsetOfLine maps a clicked line and column to a text offset, clamped to that line', () => {
  const text = 'ab\ncd\n\nef';
  assert.equal(offsetOfLine(text, 0, 1), 1);
  assert.equal(offsetOfLine(text, 1, 0), 3);
  assert.equal(offsetOfLine(text, 1, 10), 5);
  // An empty line's rendering has a newline in it: the column still stays on the line.
  assert.equal(offsetOfLine(text, 2, 1), 6);
  assert.equal(offsetOfLine(text, 9, 0), text.length);
  for (let offset = 0; offset <= text.length; offset++) {
    const p = positionAt(text, offset);
    assert.equal(offsetOfLine(text, p.lineNumber - 1, p.column - 1), offset);
  }
});

test('startsUndoStep: a new kind of edit, a space or a new line starts a step; letters of a word do not', () => {
  assert.equal(startsUndoStep(null, 'insertText', 'a'), true);
  assert.equal(startsUndoStep('insertText', 'insertText', 'b'), false);
  assert.equal(startsUndoStep('insertText', 'insertText', ' '), true);
  assert.equal(startsUndoStep('insertText', 'deleteContentBackward', null), true);
  assert.equal(startsUndoStep('deleteContentBackward', 'deleteContentBackward', null), false);
  assert.equal(startsUndoStep('insertLineBreak', 'insertLineBreak', null), true);
});
