/**
 * The WebContainer runtime: a thin adapter from the Runtime contract to `@webcontainer/api`, shaped
 * by how the real API behaves (researched in issue 12):
 *
 * - Boot: one instance per page, booted on the first `spawn` and held as a promise, reached only
 *   through the injected `load()` (the page downloads the API on the first Run; tests pass a fake or
 *   the stand-in). A browser gate runs first (browser-support.ts). `boot()` never rejects when the
 *   iframe cannot load, so it races a timeout; a boot that answers after the timeout still moves the
 *   state to `ready` (`late: true`) instead of being thrown away. `error` events fail the runtime.
 * - Output never closes and may arrive after `exit`: output-drain.ts closes it once quiet and only
 *   then resolves `exit`. Bare `\n` becomes `\r\n`.
 * - Echo: probed once after boot (echo-probe.ts) unless `echo` forces it. When the runtime's tty
 *   echoes, `localEcho` is false and the page sends keystrokes as typed (the tty edits the line).
 * - Signals: `kill()` takes none, and signal handlers in the program never run on this runtime.
 *   SIGTERM (Stop) calls `kill()`; SIGINT (Ctrl-C) writes `\x03` to the tty, then calls `kill()` if
 *   the program still runs after `interruptGraceMs` (a busy loop ignores `\x03`, webcontainer-core#1004).
 * - The input sink has only `write`: closing it does nothing, so closing `input` writes `\x04`
 *   (end-of-file on a tty line) and releases the stream.
 */
import type { FileMap, Runtime, RuntimeProcess, SpawnOptions, StopSignal, TerminalSize } from './types.ts';
import {
  bootBlocker,
  classifyBootError,
  detectBootEnvironment,
  failedState,
  RuntimeUnavailableError,
  type BootEnvironment,
  type BootFailureReason,
  type BootState,
} from './boot-state.ts';
import type { BrowserSupport } from './browser-support.ts';
import { toFileTree, type FileTree } from './file-tree.ts';
import { drainOutput } from './output-drain.ts';
import { ECHO_PROBE_SOURCE, probeEcho } from './echo-probe.ts';

/** The part of a `WebContainerProcess` the adapter uses. */
export interface WebContainerProcessLike {
  output: ReadableStream<string>;
  input: WritableStream<string>;
  exit: Promise<number>;
  kill(): void;
  resize(size: TerminalSize): void;
}

/** The part of a booted `WebContainer` the adapter uses. */
export interface WebContainerLike {
  mount(tree: FileTree): Promise<void>;
  spawn(
    command: string,
    args: string[],
    options?: { cwd?: string; env?: Record<string, string>; terminal?: TerminalSize },
  ): Promise<WebContainerProcessLike>;
  /** Internal errors after boot (the real API has it; optional so older fakes fit). */
  on?(event: 'error', listener: (error: { message: string }) => void): () => void;
}

/** The part of the `@webcontainer/api` module the adapter uses. */
export interface WebContainerApiModule {
  WebContainer: {
    boot(options?: { coep?: 'require-corp' | 'credentialless' | 'none'; workdirName?: string }): Promise<WebContainerLike>;
  };
}

export interface WebContainerRuntimeOptions {
  /** Loads the API on first use, e.g. `() => import('@webcontainer/api')`. */
  load: () => Promise<WebContainerApiModule>;
  /** How long to wait for `boot()` before reporting a failure. @default 30000 */
  bootTimeoutMs?: number;
  /** What the page offers; tests pass it in. @default detectBootEnvironment(globalThis) */
  env?: BootEnvironment;
  /** The user-agent gate's verdict (browser-support.ts). @default { verdict: 'go' } */
  browser?: BrowserSupport;
  /** Boot even where the gate says `ask` (the reader asked for it). @default false */
  forceBoot?: boolean;
  /**
   * Whether the page echoes typed text: `true`/`false` force it (`?echo=on|off`), `'probe'` measures
   * the runtime's tty after boot. @default 'probe'
   */
  localEcho?: boolean | 'probe';
  /** Must match the page's Cross-Origin-Embedder-Policy. @default 'require-corp' */
  coep?: 'require-corp' | 'credentialless';
  /** Output quiet time after exit (output-drain.ts). @default 100 */
  drainQuietMs?: number;
  /** How long Ctrl-C waits for the program to end before `kill()`. @default 1000 */
  interruptGraceMs?: number;
}

export interface WebContainerRuntime extends Runtime {
  readonly kind: 'webcontainer';
  /** Where the boot stands. */
  readonly state: BootState;
  /** Call `cb` on every state change; returns a function that unsubscribes. */
  onStateChange(cb: (state: BootState) => void): () => void;
}

/** @default timeout for `boot()`, in milliseconds */
export const DEFAULT_BOOT_TIMEOUT_MS = 30_000;

function wrapProcess(p: WebContainerProcessLike, opts: WebContainerRuntimeOptions): RuntimeProcess {
  const writer = p.input.getWriter();
  const drained = drainOutput(p.output, p.exit, opts.drainQuietMs === undefined ? {} : { quietMs: opts.drainQuietMs });
  // The program itself has ended (its output may still be draining).
  let exited = false;
  p.exit.then(() => (exited = true), () => (exited = true));
  const input = new WritableStream<string>({
    write: (chunk) => writer.write(chunk),
    close: async () => {
      // The real sink has no close: end-of-file is the tty's Ctrl-D.
      await writer.write('\x04');
      writer.releaseLock();
    },
    abort: () => writer.releaseLock(),
  });
  let interruptTimer: ReturnType<typeof setTimeout> | undefined;
  p.exit.finally(() => clearTimeout(interruptTimer)).catch(() => {});
  return {
    output: drained.output,
    input,
    exit: drained.exit,
    kill: (signal: StopSignal = 'SIGTERM') => {
      if (exited) return;
      if (signal === 'SIGINT') {
        writer.write('\x03').catch(() => {});
        clearTimeout(interruptTimer);
        interruptTimer = setTimeout(() => {
          if (!exited) p.kill();
        }, opts.interruptGraceMs ?? 1000);
      } else p.kill();
    },
    resize: (size) => p.resize(size),
  };
}

/**
 * Create the page's WebContainer runtime. Nothing is loaded or booted until the first `spawn`;
 * `mount` before that only queues the files.
 * @example
 * const runtime = createWebContainerRuntime({ load: () => import('@webcontainer/api') });
 * runtime.onStateChange((s) => { if (s.status === 'failed') showFallback(s.reason); });
 */
export function createWebContainerRuntime(opts: WebContainerRuntimeOptions): WebContainerRuntime {
  const env = opts.env ?? detectBootEnvironment();
  const timeoutMs = opts.bootTimeoutMs ?? DEFAULT_BOOT_TIMEOUT_MS;
  const listeners = new Set<(state: BootState) => void>();
  let state: BootState = { status: 'idle' };
  let instance: Promise<WebContainerLike> | undefined;
  let localEcho = opts.localEcho === false ? false : true;
  // File trees mounted before the boot, applied in order once it is ready.
  const pending: FileTree[] = [];
  // Mounts and spawns run one after another, so a spawn always sees the files mounted before it.
  let queue: Promise<unknown> = Promise.resolve();

  const setState = (next: BootState): void => {
    state = next;
    for (const cb of listeners) cb(next);
  };

  const unavailable = (): RuntimeUnavailableError | undefined =>
    state.status === 'failed' ? new RuntimeUnavailableError(state) : undefined;

  const gate = (): BootFailureReason | undefined => {
    const verdict = opts.browser?.verdict ?? 'go';
    if (verdict === 'unsupported') return 'browser';
    if (verdict === 'ask' && !opts.forceBoot) return 'ask';
    return bootBlocker(env);
  };

  /** Everything between `boot()` answering and `ready`: pending mounts, the error listener, the echo probe. */
  const settle = async (wc: WebContainerLike): Promise<void> => {
    for (const tree of pending.splice(0)) await wc.mount(tree);
    wc.on?.('error', ({ message }) => {
      if (state.status === 'failed') return;
      const failed = failedState(classifyBootError(message), message);
      setState(failed);
      instance = Promise.reject(new RuntimeUnavailableError(failed));
      instance.catch(() => {});
    });
    if (opts.localEcho === undefined || opts.localEcho === 'probe') {
      const runtimeEchoes = await probeEcho(async () => wc.spawn('node', ['-e', ECHO_PROBE_SOURCE]));
      localEcho = !runtimeEchoes;
    }
  };

  const boot = (): Promise<WebContainerLike> => {
    if (instance) return instance;
    const blocker = gate();
    if (blocker) {
      const failed = failedState(blocker, opts.browser ? opts.browser.browser : undefined);
      setState(failed);
      instance = Promise.reject(new RuntimeUnavailableError(failed));
    } else {
      setState({ status: 'booting' });
      instance = new Promise<WebContainerLike>((resolve, reject) => {
        const fail = (detail: string, reason: BootFailureReason): void => {
          if (state.status !== 'booting') return;
          clearTimeout(timer);
          const failed = failedState(reason, detail);
          setState(failed);
          reject(new RuntimeUnavailableError(failed));
        };
        const timer = setTimeout(() => fail(`no answer after ${timeoutMs} ms`, 'timeout'), timeoutMs);
        opts
          .load()
          .then((api) => api.WebContainer.boot({ coep: opts.coep ?? 'require-corp', workdirName: 'live-sockets' }))
          .then(async (wc) => {
            const timedOut = state.status === 'failed' && state.reason === 'timeout';
            if (state.status !== 'booting' && !timedOut) return;
            // The timeout is about `boot()` answering; what follows (mounts, the echo probe) is ours.
            clearTimeout(timer);
            await settle(wc);
            if (timedOut) {
              // Late: the page already said it failed; the next Run uses this instance.
              instance = Promise.resolve(wc);
              setState({ status: 'ready', late: true });
              return;
            }
            setState({ status: 'ready' });
            resolve(wc);
          })
          .catch((err: unknown) => {
            const message = err instanceof Error ? err.message : String(err);
            fail(message, classifyBootError(message));
          });
      });
    }
    // Nobody may be waiting yet; the failure is reported through `state` and later calls.
    instance.catch(() => {});
    return instance;
  };

  const enqueue = <T>(task: () => Promise<T>): Promise<T> => {
    const run = queue.then(task);
    queue = run.catch(() => {});
    return run;
  };

  return {
    kind: 'webcontainer',
    /** Decided after boot by the echo probe: read it once a spawn has resolved. */
    get localEcho() {
      return localEcho;
    },
    get state() {
      return state;
    },
    onStateChange(cb) {
      listeners.add(cb);
      return () => listeners.delete(cb);
    },
    async mount(dir: string, files: FileMap): Promise<void> {
      const error = unavailable();
      if (error) throw error;
      const tree = toFileTree(dir, files);
      if (!instance) {
        pending.push(tree);
        return;
      }
      const wc = await boot();
      await enqueue(() => wc.mount(tree));
    },
    async spawn(command: 'node', args: string[], options: SpawnOptions): Promise<RuntimeProcess> {
      const wc = await boot();
      const spawnOptions: { cwd: string; env: Record<string, string>; terminal?: TerminalSize } = {
        cwd: options.cwd,
        env: { ...options.env },
      };
      if (options.terminal) spawnOptions.terminal = options.terminal;
      const p = await enqueue(() => wc.spawn(command, args, spawnOptions));
      return wrapProcess(p, opts);
    },
  };
}
