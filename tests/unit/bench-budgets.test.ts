import { test } from 'node:test';
import assert from 'node:assert/strict';
import { evaluate, anyMissed, median, BUDGETS } from '../../scripts/bench/budgets.ts';
import { formatTable, formatValue } from '../../scripts/bench/table.ts';

test('a figure within its budget is ok, over it is marked, unknown keys are info', () => {
  const rows = evaluate([
    { page: '/a/', key: 'js-gzip', value: 10 * 1024 },
    { page: '/a/', key: 'css-gzip', value: 31 * 1024 },
    { page: 'site', key: 'build-time', value: 42 },
  ]);
  assert.deepEqual(rows.map((r) => r.status), ['ok', 'over', 'info']);
  assert.equal(anyMissed(rows), true);
  assert.equal(anyMissed(rows.filter((r) => r.status !== 'over')), false);
});

test('minimum budgets (scores) pass at the limit and fail below', () => {
  const rows = evaluate([
    { page: '/', key: 'lh-accessibility', value: 100 },
    { page: '/', key: 'lh-performance', value: 94 },
  ]);
  assert.deepEqual(rows.map((r) => r.status), ['ok', 'over']);
});

test('a budgeted figure that could not be measured counts as missed', () => {
  const rows = evaluate([{ page: '/', key: 'first-output', value: null }]);
  assert.equal(rows[0]!.status, 'missing');
  assert.equal(anyMissed(rows), true);
});

test('zero heavy requests is the budget', () => {
  const rows = evaluate([{ page: '/', key: 'heavy-requests', value: 1, note: 'editor.main.js' }]);
  assert.equal(rows[0]!.status, 'over');
});

test('median', () => {
  assert.equal(median([3, 1, 2]), 2);
  assert.equal(median([4, 1, 2, 3]), 2.5);
  assert.equal(median([]), null);
});

test('the table shows each figure beside its budget and marks misses', () => {
  const table = formatTable(evaluate([
    { page: '/sticky-packets/', key: 'js-gzip', value: 12_800 },
    { page: '/sticky-packets/', key: 'first-output', value: 620 },
    { page: 'site', key: 'build-time', value: 61.2 },
  ]), { 'build-time': 's' });
  const lines = table.split('\n');
  assert.equal(lines.length, 5);
  assert.match(lines[2]!, /\/sticky-packets\/\s+JS before interaction \(gzip\)\s+12\.5 KB\s+≤ 30\.0 KB\s+ok/);
  assert.match(lines[3]!, /620 ms\s+≤ 500 ms\s+✗ OVER/);
  assert.match(lines[4]!, /build-time\s+61\.2 s\s*$/);
  // Columns are aligned: every row has the budget column at the same offset.
  const col = lines[0]!.indexOf('budget');
  assert.equal(lines[2]!.indexOf('≤'), col);
});

test('formatValue', () => {
  assert.equal(formatValue(2048, 'B'), '2.0 KB');
  assert.equal(formatValue(null, 'ms'), 'n/a');
  assert.equal(formatValue(99.6, 'score'), '99.6');
  assert.equal(BUDGETS.length, 10);
});

test('the editor budgets of issue 19: typed character ≤ 100 ms, Monaco ready ≤ 800 ms, chunk ≤ 750 KB gzip', () => {
  const rows = evaluate([
    { page: '/threads/', key: 'typed-visible', value: 100 },
    { page: '/threads/', key: 'typed-visible', value: 101 },
    { page: '/threads/', key: 'monaco-ready', value: 812 },
    { page: 'site', key: 'editor-chunk-gzip', value: 737 * 1024 },
    { page: 'site', key: 'editor-chunk-gzip', value: 985 * 1024 },
  ]);
  assert.deepEqual(rows.map((r) => r.status), ['ok', 'over', 'over', 'ok', 'over']);
});
