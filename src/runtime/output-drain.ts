/**
 * Turns a WebContainer process's output and exit into the Runtime contract's: an output stream that
 * closes, and an exit that resolves only once that output has been delivered.
 *
 * Why: a WebContainer's `process.output` never closes, and it can still deliver chunks after `exit`
 * resolved. So the program counts as exited only when `exit` resolved and the output has been quiet
 * for `quietMs`; then the stream closes and the exit code is handed on. Bare `\n` line ends become
 * `\r\n` (a terminal's line end; `\r\n` is left alone), across chunk boundaries.
 */
import { createNewlineConverter } from './local-runtime.ts';

export interface DrainOptions {
  /** Quiet time after `exit` before the output counts as complete. @default 100 */
  quietMs?: number;
  /** Longest wait after `exit`, however chatty the output stays. @default 2000 */
  maxWaitMs?: number;
}

/** A process's output and exit, drained. */
export interface Drained {
  output: ReadableStream<string>;
  exit: Promise<number>;
}

/**
 * Read `output` to the end of the program and resolve `exit` after it.
 * @example const { output, exit } = drainOutput(proc.output, proc.exit);
 */
export function drainOutput(source: ReadableStream<string>, sourceExit: Promise<number>, opts: DrainOptions = {}): Drained {
  const quietMs = opts.quietMs ?? 100;
  const maxWaitMs = opts.maxWaitMs ?? 2000;
  const toCrlf = createNewlineConverter();
  const reader = source.getReader();
  let controller!: ReadableStreamDefaultController<string>;
  const output = new ReadableStream<string>({ start: (c) => void (controller = c) });
  let settle!: (code: number) => void;
  const exit = new Promise<number>((resolve) => (settle = resolve));
  let exitCode: number | undefined;
  let quiet: ReturnType<typeof setTimeout> | undefined;
  let cap: ReturnType<typeof setTimeout> | undefined;
  let done = false;

  const finish = (): void => {
    if (done) return;
    done = true;
    clearTimeout(quiet);
    clearTimeout(cap);
    controller.close();
    // The source never ends by itself: stop reading it (a pending read is rejected, and ignored).
    try {
      reader.releaseLock();
    } catch {
      /* older streams refuse while a read is pending; the loop below stops on `done` */
    }
    settle(exitCode ?? 1);
  };
  const armQuiet = (): void => {
    if (exitCode === undefined || done) return;
    clearTimeout(quiet);
    quiet = setTimeout(finish, quietMs);
  };

  void (async () => {
    try {
      while (!done) {
        const { done: ended, value } = await reader.read();
        if (done) break;
        if (ended) {
          // A source that does end (not the real API, but allowed): nothing more can come.
          if (exitCode !== undefined) finish();
          else break;
          return;
        }
        if (value) controller.enqueue(toCrlf(value));
        armQuiet();
      }
    } catch {
      // The source errored or was released: whatever it delivered is already passed on.
    }
  })();

  sourceExit.then(
    (code) => code,
    () => 1,
  ).then((code) => {
    exitCode = code;
    cap = setTimeout(finish, maxWaitMs);
    armQuiet();
  });

  return { output, exit };
}
