/**
 * Does the WebContainer's terminal echo what is typed? Undocumented, so it is measured once after
 * boot: a tiny program prints a marker, waits for one line of stdin and prints a second marker.
 * Whatever shows between the two markers besides nothing is the runtime's echo of the probe line.
 */

/** The program the probe runs with `node -e` (ES5-plain so any Node runs it). */
export const ECHO_PROBE_SOURCE =
  "process.stdout.write('<probe-ready>');process.stdin.once('data',function(){process.stdout.write('<probe-got>');process.exit(0)})";

/** The line typed into the probe. */
export const ECHO_PROBE_LINE = 'zq7';

/** The part of a process the probe needs. */
export interface ProbeProcess {
  output: ReadableStream<string>;
  input: WritableStream<string>;
  exit: Promise<number>;
  kill(): void;
}

/**
 * Run the probe on `spawn`'s process: true when the runtime echoed the typed line, false when it did
 * not, or when the probe gave no clear answer within `timeoutMs` (the page then echoes, which at
 * worst shows a line twice rather than not at all).
 */
export async function probeEcho(spawn: () => Promise<ProbeProcess>, timeoutMs = 5000): Promise<boolean> {
  let proc: ProbeProcess;
  try {
    proc = await spawn();
  } catch {
    return false;
  }
  const reader = proc.output.getReader();
  const writer = proc.input.getWriter();
  let seen = '';
  let typed = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<'timeout'>((resolve) => (timer = setTimeout(() => resolve('timeout'), timeoutMs)));
  try {
    for (;;) {
      const next = await Promise.race([reader.read(), deadline]);
      if (next === 'timeout' || next.done) return false;
      seen += next.value;
      if (!typed && seen.includes('<probe-ready>')) {
        typed = true;
        await writer.write(`${ECHO_PROBE_LINE}\n`);
      }
      const got = seen.indexOf('<probe-got>');
      if (got >= 0) {
        const between = seen.slice(seen.indexOf('<probe-ready>'), got);
        return between.includes(ECHO_PROBE_LINE);
      }
    }
  } finally {
    clearTimeout(timer);
    proc.kill();
    try {
      reader.releaseLock();
      writer.releaseLock();
    } catch {
      /* a pending read keeps the lock on older streams; the process is gone anyway */
    }
  }
}
