/**
 * A stand-in for `@webcontainer/api`, for test builds only (WEBCONTAINER_STANDIN=1 aliases the
 * package to this file; the published builds never contain it — tests/unit/webcontainer-standin-
 * absent.test.ts checks). Same exports and shapes as the package's subset the site uses, backed by
 * real Node processes through the local runtime host that serves the test build (its WebSocket at
 * `<base>__runtime`), with the real API's quirks re-imposed (quirks.ts): a tty on stdin that echoes
 * or not, bare `\n` output delivered late, an output stream that never closes, an input sink with
 * only `write`, `kill()` without a signal, one instance per page, and a boot that can fail.
 *
 * Configured from the page's query (so the self-test page honours it too):
 * - `standin-echo=on|off`    the tty echoes typed text (default on);
 * - `standin-late=<ms>`      delay of every output chunk while `exit` resolves at once (default 60);
 * - `standin-boot=ok|never|reject|<ms>`  boot answers, never settles, rejects, or answers late;
 * - `standin-ctrlc=ignored|sigint`       what `\x03` does (default ignored: a busy loop's view).
 * Kill goes through the host as SIGTERM; unlike the real thing a program's SIGTERM handler still runs.
 */
import { createLocalRuntime, localRuntimeUrl } from '../../src/runtime/local-runtime.ts';
import type { Runtime, RuntimeProcess } from '../../src/runtime/types.ts';
import type { FileTree } from '../../src/runtime/file-tree.ts';
import { createTty, STANDIN_MARKER, toBareNewlines } from './quirks.ts';

export interface StandinConfig {
  echo: boolean;
  lateMs: number;
  boot: 'ok' | 'never' | 'reject' | number;
  ctrlC: 'ignored' | 'sigint';
}

/** The stand-in's quirks, read from a query string. */
export function standinConfig(search: string): StandinConfig {
  const q = new URLSearchParams(search);
  const late = Number(q.get('standin-late') ?? 60);
  const boot = q.get('standin-boot') ?? 'ok';
  return {
    echo: q.get('standin-echo') !== 'off',
    lateMs: Number.isFinite(late) && late >= 0 ? late : 60,
    boot: boot === 'never' || boot === 'reject' ? boot : Number(boot) > 0 ? Number(boot) : 'ok',
    ctrlC: q.get('standin-ctrlc') === 'sigint' ? 'sigint' : 'ignored',
  };
}

export interface SpawnOptions {
  cwd?: string;
  env?: Record<string, string | number | boolean>;
  terminal?: { cols: number; rows: number };
  output?: boolean;
}

/** The shape of a `WebContainerProcess`. */
export interface WebContainerProcess {
  readonly output: ReadableStream<string>;
  readonly input: WritableStream<string>;
  readonly exit: Promise<number>;
  kill(): void;
  resize(dimensions: { cols: number; rows: number }): void;
}

type Unsubscribe = () => void;
type ErrorListener = (error: { message: string }) => void;

function flatten(tree: FileTree, prefix: string, out: Record<string, string>): void {
  for (const [name, node] of Object.entries(tree)) {
    if ('directory' in node) flatten(node.directory, `${prefix}${name}/`, out);
    else out[prefix + name] = node.file.contents;
  }
}

function wrap(proc: RuntimeProcess, config: StandinConfig): WebContainerProcess {
  let out!: ReadableStreamDefaultController<string>;
  // Never closed, like the real `output`.
  const output = new ReadableStream<string>({ start: (c) => void (out = c) });
  const emit = (text: string): void => {
    if (text) setTimeout(() => out.enqueue(text), config.lateMs);
  };
  void (async () => {
    const reader = proc.output.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      emit(toBareNewlines(value));
    }
  })();
  const writer = proc.input.getWriter();
  let inputOpen = true;
  let ended = false;
  void proc.exit.then(() => (ended = true));
  const tty = createTty({
    echo: config.echo,
    writeEcho: emit,
    deliver: (text) => {
      if (inputOpen) writer.write(text).catch(() => {});
    },
    endOfFile: () => {
      if (!inputOpen) return;
      inputOpen = false;
      writer.close().catch(() => {});
    },
    interrupt: () => {
      if (config.ctrlC === 'sigint') proc.kill('SIGINT');
    },
  });
  return {
    output,
    // Only `write`: closing this stream does nothing, as with the real sink.
    input: new WritableStream<string>({
      write: (chunk) => {
        if (!ended) tty.write(chunk);
      },
    }),
    exit: proc.exit,
    kill: () => proc.kill('SIGTERM'),
    resize: (size) => proc.resize(size),
  };
}

let booted: WebContainer | null = null;

/** The stand-in `WebContainer` class. */
export class WebContainer {
  readonly #runtime: Runtime;
  readonly #config: StandinConfig;
  readonly #errors = new Set<ErrorListener>();
  readonly #port = 20_000 + Math.floor(Math.random() * 20_000);
  /** For a reader of the bundle: this is the test stand-in. */
  static readonly marker = STANDIN_MARKER;

  private constructor(runtime: Runtime, config: StandinConfig) {
    this.#runtime = runtime;
    this.#config = config;
  }

  /** Boot the one instance of the page (a second boot while one lives rejects, like the real API). */
  static async boot(_options: { coep?: string; workdirName?: string } = {}): Promise<WebContainer> {
    if (booted) throw new Error('stand-in: only one WebContainer per page can be booted');
    const config = standinConfig(location.search);
    if (config.boot === 'never') return new Promise(() => {});
    if (config.boot === 'reject') throw new Error('stand-in: boot rejected (standin-boot=reject)');
    if (typeof config.boot === 'number') await new Promise((resolve) => setTimeout(resolve, config.boot as number));
    const base = (import.meta as unknown as { env?: { BASE_URL?: string } }).env?.BASE_URL ?? '/';
    booted = new WebContainer(createLocalRuntime({ url: localRuntimeUrl(location, base) }), config);
    return booted;
  }

  /** Write a file tree (each top-level folder becomes one mount on the host). */
  async mount(tree: FileTree, options: { mountPoint?: string } = {}): Promise<void> {
    const files: Record<string, string> = {};
    flatten(tree, '', files);
    await this.#runtime.mount(options.mountPoint ?? '.', files);
  }

  async spawn(command: string, args?: string[] | SpawnOptions, options?: SpawnOptions): Promise<WebContainerProcess> {
    const argv = Array.isArray(args) ? args : [];
    const opts = (Array.isArray(args) ? options : args) ?? {};
    if (command !== 'node') throw new Error(`stand-in: only node runs here, not ${command}`);
    // One port namespace per container: programs that read PORT get this instance's own port.
    const env = Object.fromEntries(Object.entries({ PORT: String(this.#port), ...opts.env }).map(([k, v]) => [k, String(v)]));
    const proc = await this.#runtime.spawn('node', argv, { cwd: opts.cwd ?? '.', env, ...(opts.terminal ? { terminal: opts.terminal } : {}) });
    return wrap(proc, this.#config);
  }

  /** Events: only `error` is ever emitted by the stand-in; others are accepted and stay silent. */
  on(event: string, listener: (...args: never[]) => void): Unsubscribe {
    if (event !== 'error') return () => {};
    const l = listener as unknown as ErrorListener;
    this.#errors.add(l);
    return () => this.#errors.delete(l);
  }

  /** Let tests raise an internal error as the real runtime would. */
  emitError(message: string): void {
    for (const l of this.#errors) l({ message });
  }

  teardown(): void {
    booted = null;
  }
}

/** The package exports `configureAPIKey` and `auth`; the site uses neither, so these are inert. */
export function configureAPIKey(_key: string): void {}
export const auth = { init: () => ({ status: 'authorized' as const }), loggedIn: () => Promise.resolve(), logout: () => Promise.resolve(), on: () => () => {} };
