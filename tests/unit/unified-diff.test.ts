import { test } from 'node:test';
import assert from 'node:assert/strict';
import { diffLines, unifiedDiff } from '../../src/content/unified-diff.ts';

/** Apply a unified diff's edit script back to the original: it must give the corrected text. */
function apply(from: string, to: string): string {
  return diffLines(from, to).filter((l) => l.op !== '-').map((l) => l.text).join('\n');
}

test('equal texts have no diff', () => {
  assert.equal(unifiedDiff('a\nb\n', 'a\nb'), '');
});

test('one changed line in the middle: one hunk with three lines of context each side', () => {
  const from = ['1', '2', '3', '4', 'old', '6', '7', '8', '9'].join('\n');
  const to = ['1', '2', '3', '4', 'new', '6', '7', '8', '9'].join('\n');
  assert.equal(unifiedDiff(from, to), ['@@ -2,7 +2,7 @@', ' 2', ' 3', ' 4', '-old', '+new', ' 6', ' 7', ' 8'].join('\n'));
});

test('changes far apart make two hunks; close ones share one', () => {
  const from = Array.from({ length: 20 }, (_, i) => `l${i + 1}`);
  const to = [...from];
  to[1] = 'x';
  to[17] = 'y';
  const two = unifiedDiff(from.join('\n'), to.join('\n'));
  assert.deepEqual(two.split('\n').filter((l) => l.startsWith('@@')), ['@@ -1,5 +1,5 @@', '@@ -15,6 +15,6 @@']);
  const near = [...from];
  near[1] = 'x';
  near[6] = 'y';
  assert.equal(unifiedDiff(from.join('\n'), near.join('\n')).split('\n').filter((l) => l.startsWith('@@')).length, 1);
});

test('pure additions and deletions are counted on the right side', () => {
  assert.equal(unifiedDiff('a\nb', 'a\nb\nc'), ['@@ -1,2 +1,3 @@', ' a', ' b', '+c'].join('\n'));
  assert.equal(unifiedDiff('a\nb\nc', 'a\nc'), ['@@ -1,3 +1,2 @@', ' a', '-b', ' c'].join('\n'));
  assert.equal(unifiedDiff('', 'x'), ['@@ -0,0 +1,1 @@', '+x'].join('\n'));
});

test('the edit script turns the original into the corrected text', () => {
  const from = 'import a\nwhile True:\n    x = recv(4)\n    print(x)\n';
  const to = 'import a\nimport b\nwhile True:\n    x = recv_exactly(4)\n    print(x)\nclose()\n';
  assert.equal(apply(from, to), to.trimEnd());
  const removed = diffLines(from, to).filter((l) => l.op === '-').map((l) => l.text);
  assert.deepEqual(removed, ['    x = recv(4)']);
});
