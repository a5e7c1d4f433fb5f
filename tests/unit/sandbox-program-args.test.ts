import { test } from 'node:test';
import assert from 'node:assert/strict';
import { argsKey, createArgsStore, formatArgs, parseArgs, toggleFlag } from '../../src/components/sandbox/program-args.ts';
import type { EditStorage } from '../../src/components/sandbox/edit-store.ts';

function memoryStorage(): EditStorage & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v), removeItem: (k) => void data.delete(k) };
}

test('arguments split on spaces; quotes keep spaces; a backslash escapes', () => {
  assert.deepEqual(parseArgs('  --serial   --count 3 '), ['--serial', '--count', '3']);
  assert.deepEqual(parseArgs(`--name "hello world" 'a b' ""`), ['--name', 'hello world', 'a b', '']);
  assert.deepEqual(parseArgs('a\\ b "say \\"hi\\""'), ['a b', 'say "hi"']);
  assert.deepEqual(parseArgs(''), []);
  assert.deepEqual(parseArgs('"unclosed rest'), ['unclosed rest']);
});

test('formatted arguments parse back to the same list', () => {
  for (const args of [['--serial'], ['a b', "it's", ''], ['中文', '--x=1']]) assert.deepEqual(parseArgs(formatArgs(args)), args);
});

test('a suggestion toggles its flag in the text', () => {
  assert.equal(toggleFlag('', '--serial'), '--serial');
  assert.equal(toggleFlag('--serial --x', '--serial'), '--x');
  assert.equal(toggleFlag('--x', '--serial'), '--x --serial');
});

test('edited arguments are stored, survive a new load, and Reset / Undo clear and restore them', () => {
  const storage = memoryStorage();
  const store = createArgsStore('tcp-echo', { server: [], client: ['--x'] }, storage);
  assert.equal(store.text('client'), '--x');
  assert.deepEqual(store.editedPrograms(), []);
  store.set('server', '--serial');
  assert.equal(storage.data.get(argsKey('tcp-echo', 'server')), '--serial');
  const again = createArgsStore('tcp-echo', { server: [], client: ['--x'] }, storage);
  assert.deepEqual(again.args('server'), ['--serial']);
  assert.deepEqual(again.editedPrograms(), ['server']);
  const snapshot = again.reset();
  assert.ok(snapshot);
  assert.deepEqual(again.args('server'), []);
  assert.equal(storage.data.has(argsKey('tcp-echo', 'server')), false);
  assert.equal(again.reset(), null, 'nothing left to reset');
  again.undo(snapshot);
  assert.deepEqual(again.args('server'), ['--serial']);
});

test('text that parses to the default is not an edit, and unavailable storage still works for the visit', () => {
  const storage = memoryStorage();
  const store = createArgsStore('s', { main: ['--a'] }, storage);
  store.set('main', '  --a ');
  assert.equal(store.isEdited('main'), false);
  assert.equal(storage.data.size, 0);
  const throwing: EditStorage = { getItem: () => { throw new Error('denied'); }, setItem: () => { throw new Error('quota'); }, removeItem: () => {} };
  const s2 = createArgsStore('s', { main: [] }, throwing);
  s2.set('main', '--main');
  assert.deepEqual(s2.args('main'), ['--main']);
});
