import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createEditStore, editKey, type DebounceTimers, type EditStorage } from '../../src/components/sandbox/edit-store.ts';

function memoryStorage(): EditStorage & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => void data.set(k, v),
    removeItem: (k) => void data.delete(k),
  };
}

/** Timers that only fire when the test says so. */
function manualTimers(): DebounceTimers & { fire(): void; count(): number } {
  const due = new Map<number, () => void>();
  let next = 0;
  return {
    set: (fn) => {
      due.set(++next, fn);
      return next;
    },
    clear: (h) => void due.delete(h as number),
    fire: () => {
      const fns = [...due.values()];
      due.clear();
      for (const fn of fns) fn();
    },
    count: () => due.size,
  };
}

const originals = { 'server.js': 'upper()', 'client.js': 'client()' };

test('an edit is written once typing pauses, and is there on the next load', () => {
  const storage = memoryStorage();
  const timers = manualTimers();
  const store = createEditStore('tcp-echo', originals, { storage, timers });
  store.update('server.js', 'l');
  store.update('server.js', 'lower()');
  assert.equal(storage.data.size, 0, 'nothing written while typing');
  assert.equal(timers.count(), 1, 'one pending write per file');
  timers.fire();
  assert.equal(storage.data.get(editKey('tcp-echo', 'server.js')), 'lower()');

  const reloaded = createEditStore('tcp-echo', originals, { storage, timers });
  assert.equal(reloaded.current('server.js'), 'lower()');
  assert.equal(reloaded.isEdited('server.js'), true);
  assert.deepEqual(reloaded.editedFiles(), ['server.js']);
  assert.deepEqual(reloaded.snapshot(), { 'server.js': 'lower()', 'client.js': 'client()' });
});

test('the edited marker changes at once, and typing the original back removes the key', () => {
  const storage = memoryStorage();
  const timers = manualTimers();
  const store = createEditStore('tcp-echo', originals, { storage, timers });
  const changes: string[] = [];
  store.onChange((f) => changes.push(f));
  store.update('server.js', 'x');
  assert.equal(store.isEdited('server.js'), true);
  assert.deepEqual(changes, ['server.js']);
  store.update('server.js', 'xy');
  assert.deepEqual(changes, ['server.js'], 'no event while it stays edited');
  timers.fire();
  store.update('server.js', 'upper()');
  assert.equal(store.isEdited('server.js'), false);
  timers.fire();
  assert.equal(storage.data.size, 0);
});

test('reset restores the originals and undo brings the edits back', () => {
  const storage = memoryStorage();
  const timers = manualTimers();
  const store = createEditStore('tcp-echo', originals, { storage, timers });
  assert.equal(store.reset(), null, 'nothing to reset');
  store.update('server.js', 'lower()');
  store.update('client.js', 'other()');
  const snapshot = store.reset();
  assert.ok(snapshot);
  assert.equal(store.current('server.js'), 'upper()');
  assert.equal(storage.data.size, 0, 'reset is written at once');
  timers.fire();
  assert.equal(storage.data.size, 0, 'a pending write from before the reset does not resurrect the edit');
  store.undo(snapshot);
  assert.equal(store.current('server.js'), 'lower()');
  assert.equal(store.current('client.js'), 'other()');
  assert.equal(storage.data.get(editKey('tcp-echo', 'client.js')), 'other()');
});

test('flush writes pending edits; a storage that throws does not break editing', () => {
  const storage = memoryStorage();
  const timers = manualTimers();
  const store = createEditStore('s', originals, { storage, timers });
  store.update('client.js', 'c2');
  store.flush();
  assert.equal(storage.data.get(editKey('s', 'client.js')), 'c2');

  const broken: EditStorage = {
    getItem: () => {
      throw new Error('denied');
    },
    setItem: () => {
      throw new Error('quota');
    },
    removeItem: () => {},
  };
  const store2 = createEditStore('s', originals, { storage: broken, timers });
  store2.update('client.js', 'c3');
  timers.fire();
  assert.equal(store2.current('client.js'), 'c3');
  const store3 = createEditStore('s', originals, { storage: null, timers });
  store3.update('client.js', 'c4');
  assert.equal(store3.current('client.js'), 'c4');
});

test('edits are kept per sandbox', () => {
  const storage = memoryStorage();
  const timers = manualTimers();
  createEditStore('a', originals, { storage, timers }).update('server.js', 'A');
  timers.fire();
  assert.equal(createEditStore('b', originals, { storage, timers }).isEdited('server.js'), false);
  assert.equal(createEditStore('a', originals, { storage, timers }).current('server.js'), 'A');
});
