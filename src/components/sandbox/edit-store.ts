/**
 * The reader's edits to a sandbox's files, kept in `localStorage` so they survive a reload.
 *
 * Pure: the Storage and the timer are injected, so the debouncing, the "edited" marker and
 * Reset/Undo are unit-tested without a browser. One key per sandbox and file; a file whose text
 * equals the original has no key (so "edited" means "differs from the original").
 */
import type { FileMap } from '../../runtime/types.ts';

/** The part of `Storage` used; `null` when storage is unavailable (private mode, disabled). */
export type EditStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** Timer functions, injectable for tests. */
export interface DebounceTimers {
  set(fn: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

export interface EditStoreOptions {
  storage: EditStorage | null;
  /** Quiet time after the last keystroke before a file is written. @default 300 */
  debounceMs?: number;
  /** @default globalThis.setTimeout / clearTimeout */
  timers?: DebounceTimers;
}

/** What Reset removed, so that Undo can put it back. */
export interface ResetSnapshot {
  readonly edits: ReadonlyMap<string, string>;
}

export interface EditStore {
  /** The text a run uses and the editor shows: the edit if any, else the original. */
  current(file: string): string;
  /** All files with their current text. */
  snapshot(): FileMap;
  isEdited(file: string): boolean;
  /** Files that differ from the original, in file order. */
  editedFiles(): string[];
  /** Record the reader's text for `file`; storage is written once typing pauses. */
  update(file: string, text: string): void;
  /** Write pending edits now (e.g. on `pagehide`). */
  flush(): void;
  /** Restore every original. Returns what to give `undo`, or null when nothing was edited. */
  reset(): ResetSnapshot | null;
  /** Bring back the edits removed by `reset`. */
  undo(snapshot: ResetSnapshot): void;
  /** Called with the file whose text or edited state changed (by update, reset or undo). */
  onChange(listener: (file: string) => void): () => void;
}

/** The localStorage key of one file of one sandbox. */
export function editKey(sandboxId: string, file: string): string {
  return `live-sockets:edit:${sandboxId}:${file}`;
}

const defaultTimers: DebounceTimers = {
  set: (fn, ms) => globalThis.setTimeout(fn, ms),
  clear: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/** Load the stored edits of sandbox `sandboxId` whose original files are `originals`. */
export function createEditStore(sandboxId: string, originals: FileMap, options: EditStoreOptions): EditStore {
  const { storage, debounceMs = 300, timers = defaultTimers } = options;
  const files = Object.keys(originals);
  const texts = new Map<string, string>();
  const pending = new Map<string, unknown>();
  const listeners = new Set<(file: string) => void>();

  // Storage can throw (quota, disabled cookies): an edit that cannot be saved still works for this visit.
  const safe = <T>(fn: () => T, fallback: T): T => {
    try {
      return fn();
    } catch {
      return fallback;
    }
  };
  const original = (file: string): string => originals[file] ?? '';
  const write = (file: string): void => {
    pending.delete(file);
    if (!storage) return;
    const text = texts.get(file) ?? original(file);
    const key = editKey(sandboxId, file);
    safe(() => (text === original(file) ? storage.removeItem(key) : storage.setItem(key, text)), undefined);
  };
  const cancel = (file: string): void => {
    if (pending.has(file)) timers.clear(pending.get(file));
    pending.delete(file);
  };
  const emit = (file: string): void => {
    for (const l of listeners) l(file);
  };
  const setNow = (file: string, text: string): void => {
    cancel(file);
    texts.set(file, text);
    write(file);
    emit(file);
  };

  for (const file of files) {
    const stored = storage ? safe(() => storage.getItem(editKey(sandboxId, file)), null) : null;
    texts.set(file, stored ?? original(file));
  }

  const store: EditStore = {
    current: (file) => texts.get(file) ?? original(file),
    snapshot: () => Object.fromEntries(files.map((f) => [f, store.current(f)])),
    isEdited: (file) => store.current(file) !== original(file),
    editedFiles: () => files.filter((f) => store.isEdited(f)),
    update(file, text) {
      if (!(file in originals) || text === store.current(file)) return;
      const wasEdited = store.isEdited(file);
      texts.set(file, text);
      cancel(file);
      pending.set(file, timers.set(() => write(file), debounceMs));
      if (wasEdited !== store.isEdited(file)) emit(file);
    },
    flush() {
      for (const file of [...pending.keys()]) {
        cancel(file);
        write(file);
      }
    },
    reset() {
      const edits = new Map(store.editedFiles().map((f) => [f, store.current(f)] as const));
      if (edits.size === 0) return null;
      for (const file of edits.keys()) setNow(file, original(file));
      return { edits };
    },
    undo(snapshot) {
      for (const [file, text] of snapshot.edits) setNow(file, text);
    },
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  return store;
}
