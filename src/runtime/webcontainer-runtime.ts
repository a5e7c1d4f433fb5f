/**
 * The WebContainer runtime: a thin adapter from the Runtime contract to `@webcontainer/api`.
 *
 * One instance per page, booted on the first `spawn` and held as a promise. `@webcontainer/api` is
 * reached only through the injected `load()`, so the page downloads it on the first Run and unit tests
 * pass a fake. Offline, `WebContainer.boot()` never settles and a second `boot()` waits on the first
 * forever, so the boot races a timeout and, once failed, is never attempted again on this page.
 *
 * Signals: the WebContainer's `kill()` takes no signal, so both SIGTERM and SIGINT call `kill()` —
 * the reliable choice, since whether its tty turns `\x03` into SIGINT is not documented.
 * Closing `input` writes `\x04` (end-of-file on a tty line) before releasing the stream.
 */
import type { FileMap, Runtime, RuntimeProcess, SpawnOptions, TerminalSize } from './types.ts';
import {
  bootBlocker,
  detectBootEnvironment,
  failedState,
  RuntimeUnavailableError,
  type BootEnvironment,
  type BootState,
} from './boot-state.ts';
import { toFileTree, type FileTree } from './file-tree.ts';

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
  /** How long to wait for `boot()` before giving up. @default 20000 */
  bootTimeoutMs?: number;
  /** What the page offers; tests pass it in. @default detectBootEnvironment(globalThis) */
  env?: BootEnvironment;
  /**
   * Whether the page echoes typed text. The WebContainer's tty echo could not be verified offline;
   * turn this off if lines show twice. @default true
   */
  localEcho?: boolean;
  /** Must match the page's Cross-Origin-Embedder-Policy. @default 'require-corp' */
  coep?: 'require-corp' | 'credentialless';
}

export interface WebContainerRuntime extends Runtime {
  readonly kind: 'webcontainer';
  /** Where the boot stands. */
  readonly state: BootState;
  /** Call `cb` on every state change; returns a function that unsubscribes. */
  onStateChange(cb: (state: BootState) => void): () => void;
}

/** @default timeout for `boot()`, in milliseconds */
export const DEFAULT_BOOT_TIMEOUT_MS = 20_000;

function wrapProcess(p: WebContainerProcessLike): RuntimeProcess {
  const writer = p.input.getWriter();
  const input = new WritableStream<string>({
    write: (chunk) => writer.write(chunk),
    close: async () => {
      await writer.write('\x04');
      writer.releaseLock();
    },
    abort: () => writer.releaseLock(),
  });
  return {
    output: p.output,
    input,
    exit: p.exit,
    kill: () => p.kill(),
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

  const boot = (): Promise<WebContainerLike> => {
    if (instance) return instance;
    const blocker = bootBlocker(env);
    if (blocker) {
      const failed = failedState(blocker);
      setState(failed);
      instance = Promise.reject(new RuntimeUnavailableError(failed));
    } else {
      setState({ status: 'booting' });
      instance = new Promise<WebContainerLike>((resolve, reject) => {
        const fail = (detail: string, reason: 'timeout' | 'error'): void => {
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
            // A boot that answers after the timeout is ignored: the page already said "reload".
            if (state.status !== 'booting') return;
            clearTimeout(timer);
            for (const tree of pending.splice(0)) await wc.mount(tree);
            setState({ status: 'ready' });
            resolve(wc);
          })
          .catch((err: unknown) => fail(err instanceof Error ? err.message : String(err), 'error'));
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
    localEcho: opts.localEcho ?? true,
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
      return wrapProcess(p);
    },
  };
}
