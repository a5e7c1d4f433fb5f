/**
 * The Runtime contract: the small part of `@webcontainer/api` the sandboxes need, so that the
 * WebContainer runtime is a thin adapter and the local runtime (a WebSocket to Node on the
 * reader's machine) can stand in for it. The sandbox UI only ever talks to these interfaces.
 */

/** Terminal size in character cells. */
export interface TerminalSize {
  cols: number;
  rows: number;
}

/** A file tree to mount: relative POSIX path → UTF-8 contents. */
export type FileMap = Record<string, string>;

export interface SpawnOptions {
  /** Working directory, relative to the runtime's root (the directory given to `mount`). */
  cwd: string;
  /** Extra environment variables, e.g. `{ PORT: '8080' }`. */
  env?: Record<string, string>;
  /** Initial terminal size. */
  terminal?: TerminalSize;
}

/** Signals a reader can send: Stop sends SIGTERM, Ctrl-C sends SIGINT. */
export type StopSignal = 'SIGTERM' | 'SIGINT';

/**
 * Signals the scenario runner may send besides the reader's: SIGKILL (a test kills a client
 * abruptly). Runtimes without signals (WebContainers) treat every signal as a plain stop.
 */
export type KillSignal = StopSignal | 'SIGKILL';

/** How a program ended, where the runtime knows it exactly (a signal, rather than 128 + n). */
export interface ExitStatus {
  code: number | null;
  signal: string | null;
}

/** A running program. */
export interface RuntimeProcess {
  /**
   * Everything the program prints (stdout and stderr interleaved), as text with `\r\n` line ends.
   * It closes once the program has ended and all it printed was delivered (before `exit` resolves).
   */
  readonly output: ReadableStream<string>;
  /** The program's stdin. Closing the writer sends end-of-file (Ctrl-D). */
  readonly input: WritableStream<string>;
  /** Resolves with the exit code once the program has ended (a signal gives a non-zero code). */
  readonly exit: Promise<number>;
  /** Stop the program and everything it started. @default signal "SIGTERM" */
  kill(signal?: KillSignal): void;
  /** Tell the program its terminal changed size. */
  resize(size: TerminalSize): void;
  /** The process id, where the runtime has real processes (used to normalise recordings). */
  readonly pid?: number | undefined;
  /** Resolves with `exit`, giving the signal that ended the program; only where the runtime knows it. */
  readonly exitStatus?: Promise<ExitStatus> | undefined;
}

/**
 * What a runtime may start: `node`, and `python3` for the author's Python programs (the local runtime
 * only, where the machine has it; WebContainers have no Python).
 */
export type ProgramCommand = 'node' | 'python3';

/** Where sandboxes run. One instance per page. */
export interface Runtime {
  readonly kind: 'webcontainer' | 'local';
  /**
   * Whether typed characters must be echoed by the page. A pipe (local runtime) does not echo;
   * whether a WebContainer's tty does is measured after its boot, so read this once a `spawn` has
   * resolved. When false, the runtime's tty echoes and edits the line: the page sends keystrokes as
   * typed instead of whole lines.
   */
  readonly localEcho: boolean;
  /** Write `files` under directory `dir` (created, replaced file by file). */
  mount(dir: string, files: FileMap): Promise<void>;
  /** Start `command` (`node`, or `python3` for a Python program) with `args`. Rejects with a readable Error when it cannot start. */
  spawn(command: ProgramCommand, args: string[], options: SpawnOptions): Promise<RuntimeProcess>;
}
