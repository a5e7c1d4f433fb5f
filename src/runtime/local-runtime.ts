/**
 * The local runtime's browser side: the Runtime contract over one WebSocket to the Node host
 * (`src/server/runtime-host.ts`), which runs programs as real processes on the reader's machine.
 * Protocol: `local-protocol.ts`.
 *
 * The socket opens on the first `mount`/`spawn`. If it closes, running programs end (the host kills
 * them) with a `[local runtime disconnected]` line, and the next call opens a new connection — with a
 * new, empty folder on the host, so the caller mounts again before spawning (it does on every Run).
 * Programs write to pipes, which print bare `\n`; output is given `\r\n` line ends like a terminal's,
 * so the UI treats both runtimes alike. The page echoes typed text (`localEcho`): pipes do not.
 */
import type { FileMap, KillSignal, Runtime, RuntimeProcess, SpawnOptions, TerminalSize } from './types.ts';
import { parseServerMessage, type ClientMessage, type ServerMessage } from './local-protocol.ts';

/** The part of the browser's `WebSocket` used here (the `ws` package's client has it too). */
export interface SocketLike {
  readonly readyState: number;
  send(data: string): void;
  close(): void;
  addEventListener(type: 'open' | 'close' | 'error', listener: () => void): void;
  addEventListener(type: 'message', listener: (event: { data: unknown }) => void): void;
}

export interface LocalRuntimeOptions {
  /**
   * The host's endpoint, e.g. `ws://127.0.0.1:4321/__runtime` (see {@link localRuntimeUrl}); for a
   * paired stand-alone host, with its token: `ws://127.0.0.1:4322/__runtime?token=…` (`pairing.ts`).
   */
  url: string;
  /** Opens the socket; tests pass a Node client that can set `Origin`. @default (url) => new WebSocket(url) */
  createSocket?: (url: string) => SocketLike;
}

/** The local runtime, plus closing its connection (the host then stops its programs). */
export interface LocalRuntime extends Runtime {
  /** Close the connection, if any: running programs end as when the host goes away. */
  close(): void;
}

/** The WebSocket URL of the host for a page at `location` whose site base path is `base`. */
export function localRuntimeUrl(location: { protocol: string; host: string }, base: string): string {
  const scheme = location.protocol === 'https:' ? 'wss:' : 'ws:';
  const slash = base.endsWith('/') ? base : `${base}/`;
  return `${scheme}//${location.host}${slash}__runtime`;
}

/** A stateful converter that turns lone `\n` into `\r\n`, also across chunk boundaries. */
export function createNewlineConverter(): (chunk: string) => string {
  let lastWasCR = false;
  return (chunk) => {
    if (chunk === '') return chunk;
    const out = chunk.replace(/(\r?)\n/g, (match, cr: string, offset: number) =>
      cr === '' && offset === 0 && lastWasCR ? match : '\r\n',
    );
    lastWasCR = chunk.endsWith('\r');
    return out;
  };
}

interface ProcessEntry {
  onOutput(data: string): void;
  onExit(code: number): void;
  onLost(): void;
}

const OPEN = 1;
const DISCONNECTED = '\r\n[local runtime disconnected]\r\n';

/**
 * Create the local runtime for this page.
 * @example createLocalRuntime({ url: localRuntimeUrl(location, import.meta.env.BASE_URL) })
 */
export function createLocalRuntime(opts: LocalRuntimeOptions): LocalRuntime {
  const createSocket = opts.createSocket ?? ((url: string) => new WebSocket(url) as SocketLike);
  // Messages name the endpoint without its query: a pairing token is not for the screen.
  const where = opts.url.split('?')[0] ?? opts.url;
  let socket: Promise<SocketLike> | undefined;
  let nextId = 1;
  const requests = new Map<number, { resolve(pid?: number): void; reject(error: Error): void }>();
  const processes = new Map<number, ProcessEntry>();

  const dispatch = (msg: ServerMessage): void => {
    if (msg.type === 'output') processes.get(msg.id)?.onOutput(msg.data);
    else if (msg.type === 'exit') {
      processes.get(msg.id)?.onExit(msg.code);
      processes.delete(msg.id);
    } else if (msg.id !== undefined) {
      const request = requests.get(msg.id);
      requests.delete(msg.id);
      if (msg.type === 'ok') request?.resolve(msg.pid);
      else request?.reject(new Error(msg.message));
    }
  };

  const connect = (): Promise<SocketLike> => {
    if (socket) return socket;
    const current = new Promise<SocketLike>((resolve, reject) => {
      const ws = createSocket(opts.url);
      ws.addEventListener('open', () => resolve(ws));
      ws.addEventListener('message', (event) => {
        const msg = typeof event.data === 'string' ? parseServerMessage(event.data) : undefined;
        if (msg) dispatch(msg);
      });
      ws.addEventListener('error', () => reject(new Error(`The local runtime at ${where} is unreachable.`)));
      ws.addEventListener('close', () => {
        reject(new Error(`The local runtime at ${where} closed the connection.`));
        if (socket === current) socket = undefined;
        for (const request of requests.values()) request.reject(new Error('The local runtime disconnected.'));
        requests.clear();
        for (const entry of processes.values()) entry.onLost();
        processes.clear();
      });
    });
    socket = current;
    current.catch(() => {});
    return current;
  };

  const send = (ws: SocketLike, msg: ClientMessage): void => {
    if (ws.readyState === OPEN) ws.send(JSON.stringify(msg));
  };

  /** Send a request and wait for its `ok`; `entry` receives the messages about a spawned process. */
  const request = async (
    build: (id: number) => ClientMessage,
    entry?: ProcessEntry,
  ): Promise<{ id: number; ws: SocketLike; pid: number | undefined }> => {
    const id = nextId++;
    const ws = await connect();
    if (entry) processes.set(id, entry);
    const reply = new Promise<number | undefined>((resolve, reject) => requests.set(id, { resolve, reject }));
    send(ws, build(id));
    try {
      const pid = await reply;
      return { id, ws, pid };
    } catch (error) {
      processes.delete(id);
      throw error;
    }
  };

  const spawn = async (command: 'node', args: string[], options: SpawnOptions): Promise<RuntimeProcess> => {
    let output!: ReadableStreamDefaultController<string>;
    let settleExit!: (code: number) => void;
    let done = false;
    const toCrlf = createNewlineConverter();
    const outputStream = new ReadableStream<string>({ start: (c) => void (output = c) });
    const exit = new Promise<number>((resolve) => (settleExit = resolve));
    const finish = (code: number, tail?: string): void => {
      if (done) return;
      done = true;
      if (tail) output.enqueue(tail);
      output.close();
      settleExit(code);
    };
    const entry: ProcessEntry = {
      onOutput: (data) => void (done || output.enqueue(toCrlf(data))),
      onExit: (code) => finish(code),
      onLost: () => finish(1, DISCONNECTED),
    };
    const spawnMsg = (id: number): ClientMessage => ({
      type: 'spawn',
      id,
      command,
      args,
      cwd: options.cwd,
      env: { ...options.env },
      ...(options.terminal ? { cols: options.terminal.cols, rows: options.terminal.rows } : {}),
    });
    const { id, ws, pid } = await request(spawnMsg, entry);
    const input = new WritableStream<string>({
      write: (data) => send(ws, { type: 'input', id, data }),
      close: () => send(ws, { type: 'input', id, eof: true }),
    });
    return {
      output: outputStream,
      input,
      exit,
      pid,
      // The wire has no SIGKILL: SIGTERM stops the whole group and escalates to SIGKILL itself.
      kill: (signal: KillSignal = 'SIGTERM') => {
        if (!done) send(ws, { type: 'kill', id, signal: signal === 'SIGKILL' ? 'SIGTERM' : signal });
      },
      resize: (size: TerminalSize) => send(ws, { type: 'resize', id, cols: size.cols, rows: size.rows }),
    };
  };

  return {
    kind: 'local',
    localEcho: true,
    async mount(dir: string, files: FileMap): Promise<void> {
      await request((id) => ({ type: 'mount', id, dir, files }));
    },
    spawn,
    close() {
      void socket?.then((ws) => ws.close(), () => {});
    },
  };
}
