/**
 * The exercise modules that need no runtime: the schema and collecting (src/sandbox/exercise.ts),
 * the bilingual report of failures, the diff, and progress in storage (src/components/exercise/).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checksFor, collectExercise, parseExercise, portWasTaken } from '../../src/sandbox/exercise.ts';
import { explainFailures, programLine } from '../../src/components/exercise/exercise-report.ts';
import { diffLines } from '../../src/content/unified-diff.ts';
import { loadProgress, progressKey, saveProgress, solvedPages } from '../../src/components/exercise/exercise-progress.ts';
import { checkExpectation } from '../../src/sandbox/scenario-match.ts';

const t = (s: string) => ({ zh: `中${s}`, en: s });
const base = {
  sandbox: 'ex-demo', page: 'threads', title: t('title'), task: t('task'), hints: [t('h1')], runtimes: ['local'],
  checkPrograms: [{ name: 'check', entry: 'check.js' }],
  checks: [{ name: 'a', title: t('a'), steps: [{ start: 'check' }] }, { name: 'b', title: t('b'), runtimes: ['webcontainer'], steps: [{ start: 'check' }] }],
};

test('exercise.json: a valid one parses with defaults; mistakes are named with the file', () => {
  const ex = parseExercise(JSON.stringify(base), 'exercises/demo/exercise.json');
  assert.equal(ex.checks[0]?.timeoutMs, 20_000);
  assert.deepEqual(ex.seesThroughCheat, []);
  assert.throws(() => parseExercise(JSON.stringify({ ...base, hints: [] }), 'x.json'), /x\.json: invalid exercise\.json[\s\S]*hints/);
  assert.throws(() => parseExercise(JSON.stringify({ ...base, seesThroughCheat: ['zzz'] }), 'x.json'), /no check named "zzz"/);
  assert.throws(() => parseExercise(JSON.stringify({ ...base, extra: 1 }), 'x.json'), /extra|Unrecognized/);
  assert.throws(() => parseExercise('{', 'x.json'), /x\.json: not valid JSON/);
});

test('collectExercise splits check/, solution/ and cheat/, and refuses a missing check entry', () => {
  const raw = {
    '/exercises/demo/exercise.json': JSON.stringify(base),
    '/exercises/demo/check/check.js': 'check',
    '/exercises/demo/solution/a.js': 'solution',
    '/exercises/demo/cheat/a.js': 'cheat',
    '/exercises/other/check/check.js': 'not mine',
  };
  const src = collectExercise('demo', raw);
  assert.deepEqual(src.hidden, { 'check.js': 'check' });
  assert.deepEqual(src.solution, { 'a.js': 'solution' });
  assert.deepEqual(src.cheat, { 'a.js': 'cheat' });
  assert.throws(() => collectExercise('demo', { '/exercises/demo/exercise.json': JSON.stringify(base) }), /check program "check" has entry "check\.js", which is not in exercises\/demo\/check\//);
  assert.throws(() => collectExercise('nope', raw), /exercises\/nope\/exercise\.json: missing/);
});

test('checksFor keeps the checks meant for a runtime; a port clash is recognised', () => {
  const ex = parseExercise(JSON.stringify(base), 'x.json');
  assert.deepEqual(checksFor(ex, 'local').map((c) => c.name), ['a']);
  assert.deepEqual(checksFor(ex, 'webcontainer').map((c) => c.name), ['b']);
  assert.equal(portWasTaken(['x'], 'Error: listen EADDRINUSE: address already in use'), true);
  assert.equal(portWasTaken([], 'EADDRINUSE'), false);
  assert.equal(portWasTaken(['x'], 'ok'), false);
});

test('a check program\'s verdicts and expected/actual lines become bilingual report lines', () => {
  assert.deepEqual(programLine('✗ 客户端 B ｜ client B'), { kind: 'fail', text: { zh: '✗ 客户端 B', en: '✗ client B' } });
  assert.deepEqual(programLine('  expected: 42'), { kind: 'expected', text: { zh: '应为：42', en: 'expected: 42' } });
  assert.deepEqual(programLine('  actual:   41'), { kind: 'actual', text: { zh: '实际：41', en: 'actual:   41' } });
  assert.deepEqual(programLine('  actual:   （没有回复）｜ (no reply)'), { kind: 'actual', text: { zh: '实际：（没有回复）', en: 'actual:   (no reply)' } });
  // The runner's own message for a failed PASS expectation, as scenario-match.ts words it.
  const [failure] = checkExpectation({ of: 'check', includes: ['PASS'] }, ['✓ 一 ｜ one', '✗ 二 ｜ two', '  expected: 3', '  actual:   4'], 10);
  const lines = explainFailures([failure ?? '']);
  assert.deepEqual(lines.map((l) => l.kind), ['pass', 'fail', 'expected', 'actual']);
  assert.deepEqual(lines[1]?.text, { zh: '✗ 二', en: '✗ two' });
});

test('runner step errors are explained in both languages, with the program output quoted', () => {
  const lines = explainFailures(['step 2 {"waitFor":"server","text":"listening"}: "server" ended before printing "listening"\n  output of "server" so far:\n    | SyntaxError: Unexpected token']);
  assert.deepEqual(lines[0], { kind: 'fail', text: { zh: '第 2 步："server" 在打印 "listening" 之前就结束了', en: 'step 2: "server" ended before printing "listening"' } });
  assert.deepEqual(lines.slice(1).map((l) => l.text.en), ['what the program printed:', 'SyntaxError: Unexpected token']);
  const timeout = explainFailures(['step 4 {"waitExit":"check"}: timed out after 20000 ms waiting for "check" to exit\n  output of "check" so far:\n    | ']);
  assert.equal(timeout[0]?.text.zh, '第 4 步：等了 20000 毫秒，"check" 仍没有结束');
});

test('diffLines marks what only the reader has (-) and what only the solution has (+)', () => {
  const opText = (text: string, other: string) => diffLines(text, other).map(({ op, text: t }) => ({ op, text: t }));
  const d = opText('a\nb\nc\n', 'a\nx\nc\n');
  assert.deepEqual(d, [{ op: ' ', text: 'a' }, { op: '-', text: 'b' }, { op: '+', text: 'x' }, { op: ' ', text: 'c' }]);
  assert.ok(diffLines('same\n', 'same\n').every((l) => l.op === ' '));
  assert.deepEqual(opText('', 'new\n'), [{ op: '+', text: 'new' }]);
});

/** A Map-backed Storage with key()/length, like the browser's. */
function memoryStorage(): Storage {
  const m = new Map<string, string>();
  return {
    get length() { return m.size; },
    key: (i: number) => [...m.keys()][i] ?? null,
    getItem: (k: string) => m.get(k) ?? null,
    setItem: (k: string, v: string) => void m.set(k, v),
    removeItem: (k: string) => void m.delete(k),
    clear: () => m.clear(),
  };
}

test('progress survives a new page load (same storage) and marks solved pages only', () => {
  const s = memoryStorage();
  assert.deepEqual(loadProgress(s, 'two-clients', 'tcp-udp-sockets'), { solved: false, hints: 0, page: 'tcp-udp-sockets' });
  assert.equal(saveProgress(s, 'two-clients', { solved: true, hints: 2, page: 'tcp-udp-sockets' }), true);
  saveProgress(s, 'join-all', { solved: false, hints: 1, page: 'processes' });
  s.setItem('live-sockets:edit:x:y', 'not progress');
  assert.deepEqual(loadProgress(s, 'two-clients', 'tcp-udp-sockets'), { solved: true, hints: 2, page: 'tcp-udp-sockets' });
  assert.deepEqual([...solvedPages(s)], ['tcp-udp-sockets']);
  s.setItem(progressKey('broken'), '{not json');
  assert.deepEqual(loadProgress(s, 'broken', 'p'), { solved: false, hints: 0, page: 'p' });
  assert.deepEqual([...solvedPages(s)], ['tcp-udp-sockets'], 'an unreadable entry is skipped, the others still count');
  assert.deepEqual(loadProgress(null, 'x', 'p'), { solved: false, hints: 0, page: 'p' });
  const full = { ...memoryStorage(), setItem: () => { throw new Error('quota'); } };
  assert.equal(saveProgress(full, 'x', { solved: true, hints: 0, page: 'p' }), false);
});
