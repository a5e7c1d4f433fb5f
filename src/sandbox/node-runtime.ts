/**
 * A {@link Runtime} of real child processes, for the Node side of the scenario runner (tests,
 * transcripts, soak runs). Node-only.
 *
 * - `mount(dir, files)` writes under `root` (a folder the caller owns and removes);
 * - every program is spawned `detached`, so it leads its own process group and everything it forks
 *   stays in that group (process-groups.ts tracks them; `kill` signals the whole group, also after
 *   the leader exited, so a forked child that outlived it is stopped too);
 * - output is stdout and stderr in arrival order, as pipes print it (bare `\n`, no conversion);
 *   it closes when both pipes close, or 500 ms after the exit when a grandchild holds them open
 *   (orphans, daemons), so nothing waits on it forever;
 * - `exit` resolves at the process's exit with its code (128 + n for a signal, like the local
 *   runtime); `exitStatus` gives the exact code/signal pair the recordings store; `pid` is set.
 * The programs get exactly the env the caller gives (the runner passes PATH, HOME, LANG, PORT); a
 * `python3` program runs the interpreter the local runtime would (runtime-python.ts) with the same
 * Python switches (unbuffered, UTF-8 I/O, no bytecode files), and is refused the same way without one.
 */
import { spawn } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { constants as osConstants } from 'node:os';
import { dirname, join } from 'node:path';
import { StringDecoder } from 'node:string_decoder';
import type { ExitStatus, FileMap, KillSignal, ProgramCommand, Runtime, RuntimeProcess, SpawnOptions } from '../runtime/types.ts';
import { hostPython, NO_PYTHON_MESSAGE, pythonEnv } from '../server/runtime-python.ts';
import { killGroup, trackGroup, untrackGroup } from './process-groups.ts';

/** How long output may stay open after the exit before it counts as complete. */
const PIPE_GRACE_MS = 500;

/** Create a runtime whose folder is `root` (absolute). */
export function createNodeRuntime(root: string): Runtime {
  return {
    kind: 'local',
    localEcho: true,
    async mount(dir: string, files: FileMap): Promise<void> {
      for (const [path, text] of Object.entries(files)) {
        const target = join(root, dir, path);
        await mkdir(dirname(target), { recursive: true });
        await writeFile(target, text);
      }
    },
    async spawn(command: ProgramCommand, args: string[], options: SpawnOptions): Promise<RuntimeProcess> {
      const env = options.env ?? {};
      if (command === 'node') return spawnProgram(process.execPath, args, join(root, options.cwd), env);
      const python = hostPython();
      if (!python) throw new Error(NO_PYTHON_MESSAGE);
      return spawnProgram(python.executable, args, join(root, options.cwd), { ...pythonEnv(root), ...env });
    },
  };
}

function spawnProgram(file: string, args: string[], cwd: string, env: Record<string, string>): RuntimeProcess {
  const child = spawn(file, args, { cwd, env, detached: true, stdio: 'pipe' });
  const pid = child.pid;
  if (pid !== undefined) trackGroup(pid);
  let output!: ReadableStreamDefaultController<string>;
  const stream = new ReadableStream<string>({ start: (c) => void (output = c) });
  let settle!: (status: ExitStatus) => void;
  const exitStatus = new Promise<ExitStatus>((r) => { settle = r; });
  let closed = false;
  let exited = false;
  const close = () => {
    if (closed) return;
    closed = true;
    if (pid !== undefined) untrackGroup(pid);
    output.close();
  };
  for (const name of ['stdout', 'stderr'] as const) {
    const decoder = new StringDecoder('utf8');
    child[name].on('data', (chunk: Buffer) => {
      const text = decoder.write(chunk);
      if (text && !closed) output.enqueue(text);
    });
  }
  child.stdin.on('error', () => {}); // typing into a program that has exited: EPIPE is not our failure
  child.on('error', (err) => {
    if (!closed) output.enqueue(`[runner] ${err.message}\n`);
    if (!exited) { exited = true; settle({ code: 1, signal: null }); }
    close();
  });
  child.on('exit', (code, signal) => {
    exited = true;
    settle({ code, signal });
    setTimeout(close, PIPE_GRACE_MS).unref();
  });
  child.on('close', close);
  const input = new WritableStream<string>({
    write: (text) => void child.stdin.write(text),
    close: () => void child.stdin.end(),
  });
  return {
    output: stream,
    input,
    exit: exitStatus.then(({ code, signal }) => code ?? 128 + (signal ? (osConstants.signals[signal as NodeJS.Signals] ?? 0) : 0)),
    exitStatus,
    pid,
    kill: (signal: KillSignal = 'SIGTERM') => {
      if (pid !== undefined) killGroup(pid, signal);
    },
    resize: () => {},
  };
}
