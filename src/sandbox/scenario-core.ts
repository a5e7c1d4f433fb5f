/**
 * The scenario runner's core: runs one sandbox scenario (sandbox.json `scenarios`, schema.ts) on any
 * {@link Runtime}. No Node and no DOM imports, so the very same steps run in the Node tests (a
 * runtime of real child processes, node-runtime.ts), when transcripts are recorded, and in the
 * browser's `/self-test/` page (the page's local or WebContainer runtime).
 *
 * What a run does:
 * - mounts the sandbox's files (plus `package.json` `{"type":"module"}`) under `dir`;
 * - starts programs with env = `baseEnv` + `PORT` + scenario env + step env;
 * - runs the steps in order; waits only for output or exit (`waitFor`, `waitExit`), never for fixed
 *   times; the whole scenario fails after `timeoutMs`;
 * - loads the wire probe into the programs of a socket sandbox (wire-probe-source.ts) and takes its
 *   frames out of the output (wire-extract.ts) into the recording's `wire`, so matchers see the program's own text;
 * - reads output the way a pipe shows it on every runtime (scenario-output.ts: `\r\n` → `\n`, no
 *   colour codes, a tty's echo of typed lines removed), so the matchers see the same lines;
 * - always stops everything it started (`kill('SIGTERM')`, then `kill('SIGKILL')`), then checks the
 *   expectations (scenario-match.ts).
 * An instance counts as ended once its exit is known and its output has closed — or, on a runtime
 * whose output never closes (WebContainers), once it has been quiet for `settleMs` after the exit.
 */
import type { FileMap, KillSignal, Runtime, RuntimeProcess } from '../runtime/types.ts';
import { programCommand } from './program-command.ts';
import type { Language, Program, Scenario, Step } from './schema.ts';
import { checkExpectation, outputLines, scanForLine, waitPredicate } from './scenario-match.ts';
import { normaliseText, recordingContext, type RecordedInstance, type Recording } from './transcript.ts';
import { createEchoFilter, createOutputNormaliser } from './scenario-output.ts';
import { createWireExtractor } from '../runtime/wire-extract.ts';
import { usesWire, WIRE_PROBE_FILE, WIRE_PROBE_SOURCE, wireNodeArgs } from '../runtime/wire-probe-source.ts';

/** What {@link runScenarioOn} needs. */
export interface CoreRunOptions {
  runtime: Runtime;
  /** The sandbox id (recorded, and the default mount folder). */
  sandboxId: string;
  /** The programs; `language: 'python'` ones run with `python3`. */
  programs: readonly (Pick<Program, 'name' | 'entry' | 'args'> & { language?: Language | undefined })[];
  /** The sandbox's program files (relative path → text). */
  files: FileMap;
  scenario: Scenario;
  /** The PORT every program gets. */
  port: number;
  /** Folder under the runtime's root to mount into and run in. @default sandboxId */
  dir?: string;
  /** Environment under PORT and the scenario's env (the Node side passes PATH, HOME, LANG). @default {} */
  baseEnv?: Record<string, string>;
  /** Absolute path of `dir`, when known: recorded so transcripts can replace it with `<TMP>`. @default '' */
  hostDir?: string;
  /** Quiet time after an exit before output that never closes counts as complete. @default 1000 */
  settleMs?: number;
  /** sandbox.json `features`: a socket sandbox (`net`/`dgram`) runs with the wire probe loaded. @default [] */
  features?: readonly string[];
}

/** What a scenario run gives back. */
export interface ScenarioResult {
  /** Empty when the scenario passed; else readable messages (expected vs actual lines). */
  failures: string[];
  /** What happened, for buildTranscript() in transcript.ts. */
  recording: Recording;
}

/** A running instance plus what the steps need to wait on it. */
interface Live {
  rec: RecordedInstance;
  proc: RuntimeProcess;
  cursor: number;
  exited: boolean;
  isClosed: boolean;
  closed: Promise<void>;
  /** Called on every output and on close, so waits re-check. */
  wake: Set<() => void>;
  echo: ReturnType<typeof createEchoFilter>;
  writer: WritableStreamDefaultWriter<string>;
}

class ScenarioError extends Error {}

const STOP_GRACE_MS = 2000;
const FINAL_STOP_MS = 5000;

/**
 * Run one scenario on `opts.runtime`. Never throws for a failing scenario (see `failures`); rejects
 * only on a bug of its own.
 */
export async function runScenarioOn(opts: CoreRunOptions): Promise<ScenarioResult> {
  const { runtime, scenario, port } = opts;
  const dir = opts.dir ?? opts.sandboxId;
  const settleMs = opts.settleMs ?? 1000;
  const t0 = performance.now();
  const now = () => performance.now() - t0;
  const recording: Recording = { sandbox: opts.sandboxId, scenario: scenario.name, port, tmpDir: opts.hostDir ?? '', instances: [] };
  const live = new Map<string, Live>();
  const failures: string[] = [];
  const baseEnv: Record<string, string> = { ...opts.baseEnv, PORT: String(port), ...scenario.env };
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new ScenarioError(`timed out after ${scenario.timeoutMs} ms`)), scenario.timeoutMs);
  });
  timeout.catch(() => {});

  const get = (id: string): Live => {
    const l = live.get(id);
    if (!l) throw new ScenarioError(`no started instance "${id}"`);
    return l;
  };

  /** Resolve when `check()` returns true, re-checking after each output/close of `l`. */
  const until = (l: Live, check: () => boolean): Promise<void> => {
    if (check()) return Promise.resolve();
    let wake = () => {};
    const p = new Promise<void>((res) => {
      wake = () => { if (check()) res(); };
      l.wake.add(wake);
    });
    return Promise.race([p, timeout]).finally(() => l.wake.delete(wake));
  };

  const start = async (step: Extract<Step, { start: string }>): Promise<void> => {
    const program = opts.programs.find((p) => p.name === step.start);
    if (!program) throw new ScenarioError(`no program "${step.start}" in sandbox.json`);
    const id = step.as ?? step.start;
    if (live.has(id)) throw new ScenarioError(`instance "${id}" started twice (use "as")`);
    const args = [...program.args, ...(step.args ?? [])];
    const rec: RecordedInstance = { id, program: program.name, args, pid: undefined, events: [], output: '', startedAt: now(), exitedAt: undefined, wire: [] };
    rec.events.push({ kind: 'start', at: rec.startedAt, args });
    recording.instances.push(rec);
    let proc: RuntimeProcess;
    let gaveUp = false;
    try {
      const command = programCommand(program);
      const probeArgs = command === 'node' ? wireNodeArgs(opts.features) : [];
      const spawning = runtime.spawn(command, [...probeArgs, program.entry, ...args], { cwd: dir, env: { ...baseEnv, ...step.env } });
      // A process that starts after the timeout is still stopped (the `finally` below cannot see it).
      spawning.then((late) => { if (gaveUp) late.kill('SIGKILL'); }, () => {});
      proc = await Promise.race([spawning, timeout]);
    } catch (err) {
      gaveUp = true;
      throw new ScenarioError(`${err instanceof ScenarioError ? err.message : `"${id}" could not start: ${(err as Error).message}`}`);
    }
    rec.pid = proc.pid;
    let markClosed = () => {};
    const l: Live = {
      rec, proc, cursor: 0, exited: false, isClosed: false, wake: new Set(),
      closed: new Promise((r) => { markClosed = r; }),
      echo: createEchoFilter(!runtime.localEcho),
      writer: proc.input.getWriter(),
    };
    l.writer.closed.catch(() => {}); // typing into a program that has exited is not our failure
    live.set(id, l);
    const notify = () => { for (const w of [...l.wake]) w(); };
    const normalise = createOutputNormaliser();
    const wire = createWireExtractor((ev) => { if (ev.k !== 'dropped') rec.wire?.push(ev); });
    let outputEnded = false;
    let lastOutput = 0;
    let status: { code: number | null; signal: string | null } = { code: null, signal: null };
    const finish = () => {
      if (l.isClosed) return;
      const tail = normalise(wire.flush(), true);
      if (tail) push(tail);
      rec.events.push({ kind: 'exit', at: now(), code: status.code, signal: status.signal });
      l.isClosed = true;
      markClosed();
      notify();
    };
    const push = (text: string) => {
      rec.output += text;
      rec.events.push({ kind: 'output', at: now(), text });
    };
    const settle = () => {
      if (l.isClosed) return;
      if (outputEnded) return finish();
      const quiet = now() - lastOutput;
      if (quiet >= settleMs) finish();
      else setTimeout(settle, settleMs - quiet);
    };
    void (async () => {
      const reader = proc.output.getReader();
      try {
        for (;;) {
          const { value, done } = await reader.read();
          if (done) break;
          lastOutput = now();
          const text = l.echo.filter(normalise(wire.push(value)));
          if (!text) continue;
          push(text);
          notify();
        }
      } catch { /* a broken stream ends the output like a closed one */ }
      outputEnded = true;
      if (l.exited) finish();
    })();
    void Promise.all([proc.exit, proc.exitStatus]).then(([code, exact]) => {
      rec.exitedAt = now();
      l.exited = true;
      status = exact ?? { code, signal: null };
      lastOutput = Math.max(lastOutput, now());
      settle();
    }, () => { l.exited = true; settle(); });
  };

  const describeOutput = (l: Live) => `\n  output of "${l.rec.id}" so far:\n${l.rec.output.split('\n').map((s) => `    | ${s}`).join('\n')}`;

  const runStep = async (step: Step): Promise<void> => {
    if ('start' in step) return start(step);
    if ('waitFor' in step) {
      const l = get(step.waitFor);
      const test = waitPredicate(step);
      let found: number | null = null;
      const what = step.text !== undefined ? JSON.stringify(step.text) : `/${step.pattern}/`;
      try {
        await until(l, () => {
          found = scanForLine(l.rec.output, l.cursor, test, scenario.prompts);
          return found !== null || l.isClosed;
        });
      } catch (err) {
        throw new ScenarioError(`${(err as Error).message} waiting for ${what} from "${l.rec.id}"${describeOutput(l)}`);
      }
      if (found === null) throw new ScenarioError(`"${l.rec.id}" ended before printing ${what}${describeOutput(l)}`);
      l.cursor = found;
      return;
    }
    if ('type' in step) {
      const l = get(step.type);
      const text = `${step.line}\n`;
      l.rec.events.push({ kind: 'input', at: now(), text });
      l.echo.typed(text);
      l.writer.write(text).catch(() => {});
      return;
    }
    if ('endInput' in step) {
      const l = get(step.endInput);
      // A WebContainer's input sink ignores close(): its tty takes Ctrl-D (`\x04`) as end-of-file.
      if (runtime.kind === 'webcontainer') l.writer.write('\x04').catch(() => {});
      l.writer.close().catch(() => {});
      return;
    }
    if ('kill' in step) {
      const l = get(step.kill);
      if (!l.exited) l.proc.kill((step.signal ?? 'SIGTERM') as KillSignal);
      return;
    }
    const l = get(step.waitExit);
    try {
      await until(l, () => l.isClosed);
    } catch (err) {
      throw new ScenarioError(`${(err as Error).message} waiting for "${l.rec.id}" to exit${describeOutput(l)}`);
    }
    const exit = l.rec.events.find((e) => e.kind === 'exit');
    if (step.code !== undefined && exit?.code !== step.code) {
      throw new ScenarioError(`"${l.rec.id}" exited with ${exit?.code ?? exit?.signal}, expected code ${step.code}${describeOutput(l)}`);
    }
  };

  try {
    const probe = usesWire(opts.features) ? { [WIRE_PROBE_FILE]: WIRE_PROBE_SOURCE } : {};
    await runtime.mount(dir, { 'package.json': '{"type":"module"}\n', ...opts.files, ...probe });
    for (const [i, step] of scenario.steps.entries()) {
      try {
        await runStep(step);
      } catch (err) {
        if (!(err instanceof ScenarioError)) throw err;
        failures.push(`step ${i + 1} ${JSON.stringify(step)}: ${err.message}`);
        break;
      }
    }
  } catch (err) {
    failures.push(`the runtime failed: ${(err as Error).message}`);
  } finally {
    clearTimeout(timer);
    const stuck = await stopAll([...live.values()]);
    if (stuck.length) failures.push(`did not stop within ${FINAL_STOP_MS} ms after SIGKILL: ${stuck.join(', ')}`);
  }

  const ctx = recordingContext(recording, scenario.transcript ?? {});
  const normalise = (t: string) => normaliseText(t, ctx);
  if (failures.length === 0) {
    for (const exp of scenario.expect) {
      const l = live.get(exp.of);
      if (!l) { failures.push(`expectation for "${exp.of}", which was never started`); continue; }
      const duration = l.rec.exitedAt === undefined ? undefined : l.rec.exitedAt - l.rec.startedAt;
      failures.push(...checkExpectation(exp, outputLines(l.rec.output, scenario.prompts), duration, normalise));
    }
  }
  return { failures, recording };
}

/** Resolve after `ms` (never rejects); the timer is cleared by the returned `cancel`. */
function delay(ms: number): { done: Promise<void>; cancel(): void } {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const done = new Promise<void>((r) => { timer = setTimeout(r, ms); });
  return { done, cancel: () => clearTimeout(timer) };
}

/**
 * SIGTERM every running instance, wait for them to end, then SIGKILL all of them — also those
 * that exited, whose children (forked demos) may still live. Returns the instances that never ended.
 */
async function stopAll(all: Live[]): Promise<string[]> {
  for (const l of all) if (!l.exited) l.proc.kill('SIGTERM');
  const grace = delay(STOP_GRACE_MS);
  await Promise.race([Promise.all(all.map((l) => l.closed)), grace.done]);
  grace.cancel();
  for (const l of all) l.proc.kill('SIGKILL');
  const last = delay(FINAL_STOP_MS);
  await Promise.race([Promise.all(all.map((l) => l.closed)), last.done]);
  last.cancel();
  return all.filter((l) => !l.isClosed).map((l) => l.rec.id);
}
