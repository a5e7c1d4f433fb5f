/**
 * One WebSocket connection of the local runtime: its own temporary folder, its programs and its
 * caps. The host feeds it parsed messages; it answers through `send`. `close()` stops every program
 * and removes the folder.
 *
 * Lifetime of a program: it runs as the leader of its own process group, with a marker in its
 * environment, so every process it starts is found even when it leaves the group
 * (`runtime-containment.ts`). `kill` SIGTERM stops all of them (SIGKILL after the grace period);
 * `kill` SIGINT is delivered to the group, as Ctrl-C in a terminal. When the main process ends,
 * whatever it left running is stopped too, so nothing outlives the program shown on the page — which
 * also means a descendant cannot keep printing into the terminal after the main process has exited.
 * Past a cap (processes per connection, memory per program) the program is killed at once and its
 * terminal says why. `exit` is sent once its output is complete.
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { constants as osConstants, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import type { Readable } from 'node:stream';
import type { ClientMessage, ServerMessage } from '../runtime/local-protocol.ts';
import { capStopMessage, TRUNCATION_MARKER, type RuntimeLimits } from './runtime-limits.ts';
import { createOutputBudget, truncateText, type OutputBudget } from './runtime-rate-limit.ts';

/** What a program that has not flooded may send per window beyond the spent shared budget. */
const QUIET_ALLOWANCE_CHARS = 4096;
import { signalGroup, spawnInGroup } from './runtime-process-group.ts';
import { createContainment, type CapBreach } from './runtime-containment.ts';
import { MARKER_VAR } from './runtime-descendants.ts';
import { NO_PYTHON_MESSAGE, pythonEnv, type PythonInfo } from './runtime-python.ts';

export interface SessionOptions {
  /** Deliver a message to the page (dropped when the socket is gone). */
  send(msg: ServerMessage): void;
  /** Bytes still queued for the page (`ws.bufferedAmount`). */
  backlog(): number;
  limits: RuntimeLimits;
  /** Parent of the connection's temporary folder. @default os.tmpdir() */
  tmpRoot?: string;
  /** The machine's python3; `python3` programs are refused without it. @default null */
  python?: PythonInfo | null;
}

export interface RuntimeSession {
  /** The connection's temporary folder. */
  readonly root: string;
  handle(msg: ClientMessage): void;
  /** Stop every program, then remove the folder. Safe to call twice. */
  close(): Promise<void>;
  /** Last resort when the host process exits: SIGKILL every group and remove the folder, synchronously. */
  killNow(): void;
}

interface Program {
  id: number;
  child: ChildProcessWithoutNullStreams;
  pid: number;
  running: boolean;
  /** Resolves when the output is complete and the group is empty. */
  done: Promise<void>;
  stopping?: Promise<void>;
  /** Set once the group is known to be empty: its id must not be signalled again (ids get reused). */
  ended?: boolean;
  markerWindow?: number;
  /** Output this program may still send when the connection's budget is spent, until it floods itself. */
  allowance: OutputBudget;
  /** Set once the program's own output was cut: it gets no allowance any more. */
  flooded?: boolean;
  /** Set when a cap stopped the program: its terminal is told why, with the exit status. */
  breach?: CapBreach;
}

function exitCode(code: number | null, signal: NodeJS.Signals | null): number {
  if (code !== null) return code;
  return 128 + (signal ? (osConstants.signals[signal] ?? 0) : 0);
}

/** The child's environment: a minimal set (Python's switches for a Python program), then the variables the page gave (e.g. PORT). */
function childEnv(root: string, marker: string, extra: Record<string, string>, python: boolean, cols?: number, rows?: number): Record<string, string> {
  const env: Record<string, string> = {
    PATH: process.env['PATH'] ?? '/usr/bin:/bin',
    HOME: root,
    TMPDIR: root,
    LANG: 'C.UTF-8',
    TERM: 'dumb',
    ...(python ? pythonEnv(root) : {}),
  };
  if (cols !== undefined && rows !== undefined) Object.assign(env, { COLUMNS: String(cols), LINES: String(rows) });
  // The marker comes last: the page cannot override it.
  return { ...env, ...extra, [MARKER_VAR]: marker };
}

/** Open a session: creates its temporary folder now; programs start on `spawn` messages. */
export function createRuntimeSession(opts: SessionOptions): RuntimeSession {
  const { limits, send } = opts;
  const root = mkdtempSync(join(opts.tmpRoot ?? tmpdir(), 'live-sockets-runtime-'));
  const programs = new Map<number, Program>();
  // Markers are `<session>.<program id>`: the session part finds all of them on host exit.
  const sessionMarker = `${randomUUID()}.`;
  const containment = createContainment({
    maxDescendants: limits.maxDescendants,
    maxRssBytes: limits.maxRssBytes,
    watchIntervalMs: limits.watchIntervalMs,
    onBreach(id, breach) {
      const program = programs.get(id);
      if (!program || program.ended) return;
      program.breach = breach;
      // No grace period: a program over a cap is killed at once (a memory hog grows by GB/s).
      const kill = containment.stop(id, 0);
      program.stopping ??= kill;
    },
  });
  const budget = createOutputBudget({ charsPerWindow: limits.outputCharsPerWindow, windowMs: limits.outputWindowMs });
  let closing: Promise<void> | undefined;
  // Mounts and spawns run in order, so a spawn sent right after a mount sees its files.
  let queue: Promise<void> = Promise.resolve();
  const enqueue = (task: () => Promise<void> | void): void => {
    queue = queue.then(task).catch(() => {});
  };

  const refuse = (id: number, message: string): void => send({ type: 'error', id, message });

  const forward = (id: number, program: Program, stream: Readable, data: string): void => {
    const slowPage = opts.backlog() > limits.maxSocketBacklogBytes;
    let room = slowPage ? 0 : budget.take(data.length);
    // A flooding program must not silence the next one: a program that has not flooded yet still
    // gets a small allowance of its own when the shared budget is spent (e.g. Run right after a
    // Stop of a flood, within the same window). Floods lose it, so the bound stays tight.
    if (room < data.length && !slowPage && !program.flooded) room += program.allowance.take(data.length - room);
    const kept = truncateText(data, room);
    if (kept !== '') send({ type: 'output', id, data: kept });
    if (kept.length === data.length) return;
    program.flooded = true;
    if (program.markerWindow !== budget.windowStart()) {
      program.markerWindow = budget.windowStart();
      send({ type: 'output', id, data: TRUNCATION_MARKER });
    }
    // Stop reading until the budget refills: the program then blocks on its full pipe instead of
    // spinning, and what it printed meanwhile is the part that was dropped.
    stream.pause();
    setTimeout(() => stream.resume(), Math.max(budget.msUntilRefill(), 1));
  };

  const stop = (program: Program): Promise<void> => {
    program.stopping ??= containment.stop(program.id, limits.killGraceMs);
    return program.stopping;
  };

  const mount = async (id: number, dir: string, files: Record<string, string>): Promise<void> => {
    try {
      for (const [path, contents] of Object.entries(files)) {
        const target = join(root, dir, path);
        await mkdir(dirname(target), { recursive: true });
        await writeFile(target, contents);
      }
      send({ type: 'ok', id });
    } catch (error) {
      refuse(id, `mount failed: ${(error as Error).message}`);
    }
  };

  const spawnProgram = (msg: Extract<ClientMessage, { type: 'spawn' }>): void => {
    const { id } = msg;
    if (programs.has(id)) return refuse(id, `spawn: id ${id} is already in use`);
    const running = [...programs.values()].filter((p) => p.running).length;
    if (running >= limits.maxProcesses) {
      return refuse(id, `spawn refused: at most ${limits.maxProcesses} processes may run at once (the local runtime's process cap)`);
    }
    const cwd = join(root, msg.cwd);
    if (!statSync(cwd, { throwIfNoEntry: false })?.isDirectory()) {
      return refuse(id, `spawn: folder ${JSON.stringify(msg.cwd)} does not exist (mount the files first)`);
    }
    // Only two executables can ever run: this Node and the python3 found at host start.
    const isPython = msg.command === 'python3';
    if (isPython && !opts.python) return refuse(id, NO_PYTHON_MESSAGE);
    const file = isPython && opts.python ? opts.python.executable : process.execPath;
    const marker = `${sessionMarker}${id}`;
    const child = spawnInGroup(file, msg.args, { cwd, env: childEnv(root, marker, msg.env, isPython, msg.cols, msg.rows) });
    child.stdin.on('error', () => {}); // EPIPE when the program exits without reading its input
    if (child.pid === undefined) {
      // The pid is set synchronously when the process started; otherwise 'error' follows.
      child.once('error', (error) => refuse(id, `spawn failed: ${error.message}`));
      return;
    }
    let finish!: () => void;
    const program: Program = {
      id, child, pid: child.pid, running: true, done: new Promise((r) => (finish = r)),
      allowance: createOutputBudget({ charsPerWindow: QUIET_ALLOWANCE_CHARS, windowMs: limits.outputWindowMs }),
    };
    programs.set(id, program);
    containment.add(id, child.pid, marker);
    send({ type: 'ok', id, pid: child.pid });
    for (const stream of [child.stdout, child.stderr]) {
      stream.setEncoding('utf8');
      stream.on('data', (data: string) => forward(id, program, stream, data));
    }
    let code = 0;
    let reported = false;
    const report = (): void => {
      if (reported) return;
      reported = true;
      if (program.breach) send({ type: 'output', id, data: capStopMessage(program.breach, code) });
      send({ type: 'exit', id, code });
      program.ended = true;
      containment.remove(id);
      finish();
    };
    child.once('exit', (c, signal) => {
      program.running = false;
      code = exitCode(c, signal);
      // Whatever it left running goes too, in its group or not. Normally 'close' then reports the exit
      // once the output is drained; this timer covers a process that escaped every net holding the pipes.
      void stop(program).then(() => setTimeout(report, limits.outputWindowMs + 100));
    });
    child.once('close', () => void stop(program).then(report));
  };

  const handle = (msg: ClientMessage): void => {
    if (closing) return;
    const program = programs.get(msg.id);
    switch (msg.type) {
      case 'mount':
        return enqueue(() => mount(msg.id, msg.dir, msg.files));
      case 'spawn':
        return enqueue(() => spawnProgram(msg));
      case 'input':
        if (!program?.running) return;
        if ('eof' in msg) program.child.stdin.end();
        else if (program.child.stdin.writableLength > limits.maxStdinBacklogBytes) {
          refuse(msg.id, 'input refused: the program is not reading its input');
        } else program.child.stdin.write(msg.data);
        return;
      case 'kill':
        if (!program?.running) return;
        if (msg.signal === 'SIGINT') signalGroup(program.pid, 'SIGINT');
        else void stop(program);
        return;
      case 'resize':
        return; // Programs have pipes, not a terminal: there is nothing to resize.
    }
  };

  const removeRoot = (): void => rmSync(root, { recursive: true, force: true });

  return {
    root,
    handle,
    close() {
      closing ??= (async () => {
        await queue; // let a spawn in progress register its program, so it is stopped too
        await Promise.all([...programs.values()].map((p) => stop(p).then(() => p.done)));
        removeRoot();
      })();
      return closing;
    },
    killNow() {
      // Containment first: it scans before it kills, so a child known only through its living
      // parent is still found. Killing the groups first would orphan it out of sight.
      containment.killAllNow(sessionMarker);
      for (const program of programs.values()) if (!program.ended) signalGroup(program.pid, 'SIGKILL');
      removeRoot();
    },
  };
}
