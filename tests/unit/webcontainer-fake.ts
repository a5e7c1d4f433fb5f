/**
 * A fake `@webcontainer/api` for unit tests, with the real API's quirks (tests/webcontainer-standin/
 * quirks.ts, shared with the browser stand-in) — never kinder than the real thing:
 * stdin through a tty (echo on/off, `\r` → `\n`, Ctrl-D end-of-file, Ctrl-C only as a byte), output
 * with bare `\n` delivered late and never closed, an input sink with only `write`, `kill()` without
 * a signal (the program's signal handlers never run), `boot()` that may never settle or answer late.
 *
 * Programs are JavaScript source run against a small `process` object (`stdout.write`, `stdin.on`,
 * `exit`, `on`), so `node -e <source>` (the echo probe) runs its real source here too.
 */
import type { WebContainerApiModule, WebContainerLike, WebContainerProcessLike } from '../../src/runtime/webcontainer-runtime.ts';
import type { FileTree } from '../../src/runtime/file-tree.ts';
import { createTty, type Quirks } from '../webcontainer-standin/quirks.ts';

export interface FakeOptions extends Partial<Quirks> {
  /** `never`: boot() never settles; `reject`: it rejects with `bootError`; a number: it answers after that many ms. */
  boot?: 'ok' | 'never' | 'reject' | number;
  bootError?: string;
  /** What Ctrl-C does: `ends` the program (code 130) or is `ignored` (a busy loop). @default 'ignored' */
  ctrlC?: 'ends' | 'ignored';
}

export interface FakeProcessRecord {
  command: string;
  args: string[];
  options: Parameters<WebContainerLike['spawn']>[2];
  /** What the page wrote to the input, chunk by chunk. */
  written: string[];
  kills: number;
}

type Listener = (data: string) => void;

export function fakeWebContainer(opts: FakeOptions = {}) {
  const quirks: Quirks = { echo: opts.echo ?? true, lateMs: opts.lateMs ?? 30 };
  const files = new Map<string, string>();
  const processes: FakeProcessRecord[] = [];
  const errorListeners = new Set<(e: { message: string }) => void>();
  let boots = 0;
  let loads = 0;
  const layOut = (tree: FileTree, prefix: string): void => {
    for (const [name, node] of Object.entries(tree)) {
      if ('directory' in node) layOut(node.directory, `${prefix}${name}/`);
      else files.set(prefix + name, node.file.contents);
    }
  };

  const run = (source: string, record: FakeProcessRecord): WebContainerProcessLike => {
    let out!: ReadableStreamDefaultController<string>;
    let settle!: (code: number) => void;
    let ended = false;
    const exit = new Promise<number>((resolve) => (settle = resolve));
    const emit = (text: string): void => {
      // Late: delivered after a delay, even once `exit` has resolved; the stream never closes.
      setTimeout(() => out.enqueue(text), quirks.lateMs);
    };
    const timers = new Set<ReturnType<typeof setInterval>>();
    const end = (code: number): void => {
      if (ended) return;
      ended = true;
      for (const t of timers) clearInterval(t);
      settle(code);
    };
    const stdin: Record<'data' | 'end', Listener[]> = { data: [], end: [] };
    const tty = createTty({
      echo: quirks.echo,
      writeEcho: (t) => emit(t),
      deliver: (t) => {
        if (!ended) for (const l of [...stdin.data]) l(t);
      },
      endOfFile: () => {
        if (!ended) for (const l of stdin.end) l('');
      },
      interrupt: () => {
        if (opts.ctrlC === 'ends') end(130);
      },
    });
    const fakeProcess = {
      argv: ['node', ...record.args],
      env: record.options?.env ?? {},
      stdout: { write: (t: string) => void (ended || emit(String(t))) },
      stdin: {
        on: (event: 'data' | 'end', l: Listener) => void stdin[event].push(l),
        once: (event: 'data' | 'end', l: Listener) => {
          const once: Listener = (d) => {
            stdin[event] = stdin[event].filter((x) => x !== once);
            l(d);
          };
          stdin[event].push(once);
        },
        setEncoding: () => {},
      },
      // Registered, never called: signal handlers do not run on this runtime.
      on: () => {},
      exit: (code = 0) => end(code),
    };
    // The program's timers end with it (a real process takes its timers along).
    const setIntervalInProgram = (fn: () => void, ms: number) => {
      const t = setInterval(fn, ms);
      timers.add(t);
      return t;
    };
    queueMicrotask(() => new Function('process', 'setInterval', source)(fakeProcess, setIntervalInProgram));
    return {
      output: new ReadableStream<string>({ start: (c) => void (out = c) }),
      input: new WritableStream<string>({
        write: (chunk) => {
          record.written.push(chunk);
          if (!ended) tty.write(chunk);
        },
        // The real sink has no close: it is inert.
      }),
      exit,
      kill: () => {
        record.kills++;
        end(143);
      },
      resize: () => {},
    };
  };

  const wc: WebContainerLike = {
    async mount(tree) {
      layOut(tree, '');
    },
    async spawn(command, args, options) {
      const record: FakeProcessRecord = { command, args, options, written: [], kills: 0 };
      processes.push(record);
      const source = args[0] === '-e' ? (args[1] ?? '') : files.get(`${options?.cwd ?? '.'}/${args[0] ?? ''}`);
      if (source === undefined) throw new Error(`Cannot find module ${args[0]}`);
      return run(source, record);
    },
    on(_event, listener) {
      errorListeners.add(listener);
      return () => errorListeners.delete(listener);
    },
  };
  const api: WebContainerApiModule = {
    WebContainer: {
      boot() {
        boots++;
        const mode = opts.boot ?? 'ok';
        if (mode === 'never') return new Promise(() => {});
        if (mode === 'reject') return Promise.reject(new Error(opts.bootError ?? 'iframe blocked'));
        if (typeof mode === 'number') return new Promise((resolve) => setTimeout(() => resolve(wc), mode));
        return Promise.resolve(wc);
      },
    },
  };
  return {
    load: async () => {
      loads++;
      return api;
    },
    files,
    processes,
    /** Programs the sandbox would run, spawned by entry name (the probe is `-e`). */
    userProcesses: () => processes.filter((p) => p.args[0] !== '-e'),
    emitError: (message: string) => {
      for (const l of errorListeners) l({ message });
    },
    get boots() {
      return boots;
    },
    get loads() {
      return loads;
    },
  };
}
