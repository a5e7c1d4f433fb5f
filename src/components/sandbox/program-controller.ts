/**
 * One program panel's behaviour: Run / Stop / Restart, its status, and the wiring between the
 * runtime process and the terminal (output batched per frame, typed input through the line
 * discipline). Framework-free: the runtime, terminal, line discipline and frame scheduler are
 * passed in, so the state machine is unit-tested with fakes.
 */
import type { Runtime, RuntimeProcess, TerminalSize } from '../../runtime/types.ts';
import { createOutputBatcher, type OutputBatcher } from './output-batcher.ts';
import { createWireExtractor, type WireDropped, type WireEvent } from '../../runtime/wire-extract.ts';

/** What the panel shows in `[data-status]`. */
export type ProgramStatus =
  | { kind: 'idle' }
  | { kind: 'starting' }
  | { kind: 'running' }
  | { kind: 'exited'; code: number }
  | { kind: 'failed'; error: unknown };

/** The narrow terminal the controller needs (xterm in the page, a fake in tests). */
export interface ProgramTerminal {
  /** Write output; `done` once processed. */
  write(text: string, done: () => void): void;
  /** Keys and pasted/composed text typed by the reader. */
  onData(listener: (data: string) => void): () => void;
  onResize(listener: (size: TerminalSize) => void): () => void;
  size(): TerminalSize;
  /** Clear the screen for a new run. */
  reset(): void;
}

/** Hooks of `createLineDiscipline` from src/runtime (structural, so tests can pass a fake). */
export interface LineDisciplineHooks {
  echo: boolean;
  write(text: string): void;
  send(text: string): void;
  interrupt(): void;
  endInput(): void;
}
export type LineDisciplineFactory = (hooks: LineDisciplineHooks) => { handle(data: string): void; reset(): void };

/** Where and how to start the program, resolved at each Run (runtime boot + mount of the current files). */
export interface RunTarget {
  runtime: Runtime;
  cwd: string;
  env: Record<string, string>;
  /** Node options before the entry file (the wire probe's `--import`). @default [] */
  nodeArgs?: readonly string[];
}

export interface ProgramControllerOptions {
  program: { name: string; entry: string; args: readonly string[]; language?: 'node' | 'python' | undefined };
  terminal: ProgramTerminal;
  prepare(): Promise<RunTarget>;
  lineDiscipline: LineDisciplineFactory;
  /** `requestAnimationFrame` in the page. */
  schedule(callback: () => void): void;
  onStatus(status: ProgramStatus): void;
  /** Text written when output was dropped (see output-batcher). */
  droppedNotice?: (count: number) => string;
  /** Socket events of the wire probe, taken out of the output before it reaches the terminal. */
  onWire?: (event: WireEvent | WireDropped) => void;
}

export interface ProgramController {
  readonly status: ProgramStatus;
  /** Starting or running. */
  isActive(): boolean;
  run(): Promise<void>;
  /** Stop (SIGTERM); resolves once the program has exited. */
  stop(): Promise<void>;
  restart(): Promise<void>;
  dispose(): void;
}

interface ActiveRun {
  proc: RuntimeProcess;
  exited: Promise<void>;
  handle(data: string): void;
}

/** Create the controller of one program panel. */
export function createProgramController(options: ProgramControllerOptions): ProgramController {
  const { program, terminal } = options;
  let status: ProgramStatus = { kind: 'idle' };
  let generation = 0;
  let active: ActiveRun | null = null;

  const batcher: OutputBatcher = createOutputBatcher({
    write: (text, done) => terminal.write(text, done),
    schedule: options.schedule,
    ...(options.droppedNotice ? { droppedNotice: options.droppedNotice } : {}),
  });
  const setStatus = (next: ProgramStatus): void => {
    status = next;
    options.onStatus(next);
  };

  const attach = (proc: RuntimeProcess, mine: number, echo: boolean): ActiveRun => {
    const writer = proc.input.getWriter();
    let inputOpen = true;
    const send = (text: string): void => {
      if (inputOpen) writer.write(text).catch(() => {});
    };
    const discipline = options.lineDiscipline({
      echo,
      write: (text) => batcher.push(text),
      send,
      interrupt: () => proc.kill('SIGINT'),
      endInput: () => {
        if (!inputOpen) return;
        inputOpen = false;
        writer.close().catch(() => {});
      },
    });
    // A runtime that echoes owns a tty that edits the line: keystrokes go to it as typed, Enter as
    // a lone `\r` (its tty turns `\r\n` into two newlines). Ctrl-C still interrupts through `kill`,
    // Ctrl-D is the tty's end-of-file byte.
    const raw = (data: string): void => {
      const parts = data.replace(/\r\n/g, '\r').split('\x03');
      parts.forEach((part, i) => {
        if (i > 0) proc.kill('SIGINT');
        if (part !== '') send(part);
      });
    };
    // Wire frames never reach the terminal; without a wire view they are dropped all the same.
    const wire = createWireExtractor((event) => { if (mine === generation) options.onWire?.(event); });
    const outputDone = (async () => {
      const reader = proc.output.getReader();
      try {
        for (;;) {
          const { done, value } = await reader.read();
          if (done) break;
          if (mine === generation) batcher.push(wire.push(value));
        }
      } catch {
        // The stream errors when the process is torn down; its exit code still arrives via `exit`.
      }
      const tail = wire.flush();
      if (tail && mine === generation) batcher.push(tail);
    })();
    const exited = proc.exit.then(
      (code) => code,
      () => 1,
    ).then(async (code) => {
      inputOpen = false;
      // Exited only once what it printed is in: the output closes after `exit` on both runtimes
      // (bounded, for a runtime whose stream would stay open).
      let cap: ReturnType<typeof setTimeout> | undefined;
      await Promise.race([outputDone, new Promise((resolve) => (cap = setTimeout(resolve, 3000)))]);
      clearTimeout(cap);
      if (mine !== generation) return;
      active = null;
      setStatus({ kind: 'exited', code });
    });
    return { proc, exited, handle: (data) => (echo ? discipline.handle(data) : raw(data)) };
  };

  const start = async (mine: number): Promise<void> => {
    try {
      const target = await options.prepare();
      if (mine !== generation) return;
      const python = program.language === 'python';
      // The wire probe is a Node module: only Node programs load it.
      const proc = await target.runtime.spawn(python ? 'python3' : 'node', [...(python ? [] : target.nodeArgs ?? []), program.entry, ...program.args], {
        cwd: target.cwd,
        env: target.env,
        terminal: terminal.size(),
      });
      if (mine !== generation) {
        proc.kill();
        return;
      }
      // Echo is the runtime's property (a pipe does not echo), known only once we have it.
      active = attach(proc, mine, target.runtime.localEcho);
      setStatus({ kind: 'running' });
    } catch (error) {
      if (mine === generation) setStatus({ kind: 'failed', error });
    }
  };

  const unsubscribeData = terminal.onData((data) => {
    if (active && status.kind === 'running') active.handle(data);
  });
  const unsubscribeResize = terminal.onResize((size) => active?.proc.resize(size));

  const controller: ProgramController = {
    get status() {
      return status;
    },
    isActive: () => status.kind === 'starting' || status.kind === 'running',
    async run() {
      if (controller.isActive()) return;
      const mine = ++generation;
      batcher.clear();
      terminal.reset();
      setStatus({ kind: 'starting' });
      await start(mine);
    },
    async stop() {
      if (status.kind === 'starting') {
        // Abandon the start: a process that still appears is killed as soon as it does.
        generation++;
        setStatus({ kind: 'idle' });
        return;
      }
      const run = active;
      if (!run) return;
      run.proc.kill('SIGTERM');
      await run.exited;
    },
    async restart() {
      await controller.stop();
      await controller.run();
    },
    dispose() {
      generation++;
      active?.proc.kill('SIGTERM');
      active = null;
      unsubscribeData();
      unsubscribeResize();
    },
  };
  return controller;
}
