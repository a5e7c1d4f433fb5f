/**
 * A program's command-line arguments as the reader edits them in its panel (`[data-args]`): parsed
 * shell-like but simply (split on whitespace, single or double quotes keep spaces, a backslash
 * escapes the next character), and kept in localStorage beside the file edits so they survive a
 * reload and are cleared by Reset. Framework-free: Storage is injected, unit-tested in Node.
 */
import type { EditStorage } from './edit-store.ts';

/** Split `text` into arguments: whitespace separates, quotes group, `\` escapes. An unclosed quote runs to the end. */
export function parseArgs(text: string): string[] {
  const args: string[] = [];
  let current = '';
  let inArg = false;
  let quote: '"' | "'" | null = null;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] ?? '';
    if (quote) {
      if (ch === quote) quote = null;
      else if (ch === '\\' && quote === '"' && i + 1 < text.length) current += text[++i];
      else current += ch;
    } else if (ch === '"' || ch === "'") {
      quote = ch;
      inArg = true;
    } else if (ch === '\\' && i + 1 < text.length) {
      current += text[++i];
      inArg = true;
    } else if (/\s/.test(ch)) {
      if (inArg) args.push(current);
      current = '';
      inArg = false;
    } else {
      current += ch;
      inArg = true;
    }
  }
  if (inArg) args.push(current);
  return args;
}

/** The text that `parseArgs` turns back into `args` (arguments with spaces or quotes are quoted). */
export function formatArgs(args: readonly string[]): string {
  return args.map((a) => (a !== '' && /^[\w@%+=:,./-]+$/.test(a) ? a : `'${a.replace(/'/g, `'"'"'`)}'`)).join(' ');
}

/** Whether `flag` is among the arguments written in `text`. */
export function hasFlag(text: string, flag: string): boolean {
  return parseArgs(text).includes(flag);
}

/** `text` with `flag` added at the end, or removed when it is there (a suggestion chip toggles it). */
export function toggleFlag(text: string, flag: string): string {
  const args = parseArgs(text);
  return formatArgs(args.includes(flag) ? args.filter((a) => a !== flag) : [...args, flag]);
}

/** The localStorage key of a program's edited arguments. */
export function argsKey(sandboxId: string, program: string): string {
  return `live-sockets:args:${sandboxId}:${program}`;
}

/** What Reset removed (program → edited argument text), for Undo. */
export type ArgsSnapshot = ReadonlyMap<string, string>;

export interface ArgsStore {
  /** The argument text shown for `program` (the edit, else the sandbox.json default). */
  text(program: string): string;
  /** The arguments a run of `program` passes. */
  args(program: string): string[];
  isEdited(program: string): boolean;
  /** Programs whose arguments differ from the default. */
  editedPrograms(): string[];
  /** Record the reader's text (written at once: a field, not a keystroke stream worth debouncing). */
  set(program: string, text: string): void;
  /** Back to the defaults; null when nothing was edited. */
  reset(): ArgsSnapshot | null;
  undo(snapshot: ArgsSnapshot): void;
}

/**
 * Load the argument edits of sandbox `sandboxId`; `defaults` maps each program to its sandbox.json
 * `args`. An edit is "the same" as the default when it parses to the same arguments.
 */
export function createArgsStore(sandboxId: string, defaults: Readonly<Record<string, readonly string[]>>, storage: EditStorage | null): ArgsStore {
  const texts = new Map<string, string>();
  const safe = <T>(fn: () => T, fallback: T): T => {
    try {
      return fn();
    } catch {
      return fallback;
    }
  };
  const base = (program: string): string => formatArgs(defaults[program] ?? []);
  const same = (a: string, b: string): boolean => JSON.stringify(parseArgs(a)) === JSON.stringify(parseArgs(b));
  for (const program of Object.keys(defaults)) {
    const stored = storage ? safe(() => storage.getItem(argsKey(sandboxId, program)), null) : null;
    texts.set(program, stored ?? base(program));
  }
  const store: ArgsStore = {
    text: (program) => texts.get(program) ?? base(program),
    args: (program) => parseArgs(store.text(program)),
    isEdited: (program) => !same(store.text(program), base(program)),
    editedPrograms: () => Object.keys(defaults).filter((p) => store.isEdited(p)),
    set(program, text) {
      if (!(program in defaults)) return;
      texts.set(program, text);
      if (!storage) return;
      const key = argsKey(sandboxId, program);
      safe(() => (same(text, base(program)) ? storage.removeItem(key) : storage.setItem(key, text)), undefined);
    },
    reset() {
      const edited = new Map(store.editedPrograms().map((p) => [p, store.text(p)] as const));
      if (edited.size === 0) return null;
      for (const p of edited.keys()) store.set(p, base(p));
      return edited;
    },
    undo(snapshot) {
      for (const [p, text] of snapshot) store.set(p, text);
    },
  };
  return store;
}
