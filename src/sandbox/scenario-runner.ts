/**
 * Runs a sandbox scenario (sandbox.json `scenarios`, schema.ts) against real Node. Node-only.
 *
 * Usage (tests/sandboxes/scenarios.test.ts and scripts/transcripts.ts do exactly this):
 *
 *   import { loadSandboxes, runScenario } from '../../src/sandbox/scenario-runner.ts';
 *   for (const sb of await loadSandboxes()) {           // every sandboxes/<id>/ with a sandbox.json
 *     const result = await runScenario(sb, sb.sandbox.scenarios[0]!);
 *     result.failures;   // [] when every step and expectation held; else readable messages
 *     result.recording;  // what happened, for buildTranscript() in transcript.ts
 *   }
 *
 * What a scenario run does:
 * - copies the folder (without sandbox.json, transcript.json, original.py) to a fresh temp dir and
 *   writes `package.json` `{"type":"module"}` beside the programs, as the UI mounts them;
 * - picks a free PORT (free for TCP and UDP on 127.0.0.1) for this scenario alone, so scenarios
 *   can run concurrently;
 * - spawns `node <entry> <program args> <step args>` with cwd = the temp dir and env =
 *   {PATH, HOME, LANG, PORT} + scenario env + step env (put `DEMO_TIME_SCALE` in scenario env);
 *   every program gets its own process group;
 * - runs the steps in order; waits only for output or exit events (`waitFor`, `waitExit`), never
 *   for fixed times; the whole scenario fails after `timeoutMs`;
 * - always stops everything it started (SIGTERM to each process group, then SIGKILL), removes the
 *   temp dir, then checks the expectations (matchers: scenario-match.ts).
 *
 * Writing a scenario: wait for a program's ready line before starting its client; wait for the
 * client's prompt (`waitFor` sees unfinished lines) or reply before typing the next line, so the
 * recording is the same on every run; use `as` to start one program twice (`"as": "client2"`).
 * Output whose order varies between runs (several children printing) or that holds values the
 * built-in normalising misses: add `"transcript": {"sortLines": [{"of": "main", "match": "/买票/"}],
 * "replace": [{"pattern": "用户\\d+", "with": "用户<N>"}]}` to the first scenario (transcript.ts).
 * Run one sandbox's scenarios: `node --test --test-name-pattern='^tcp-echo ›' tests/sandboxes/scenarios.test.ts`;
 * record transcripts: `npm run transcripts` (all) or `node scripts/transcripts.ts tcp-echo`.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cp, mkdtemp, readdir, readFile, realpath, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { StringDecoder } from 'node:string_decoder';
import { fileURLToPath } from 'node:url';
import { METADATA_FILES, parseSandbox, type Sandbox, type Scenario, type Step } from './schema.ts';
import { checkExpectation, outputLines, scanForLine, waitPredicate } from './scenario-match.ts';
import { normaliseText, recordingContext, type RecordedInstance, type Recording } from './transcript.ts';
import { freePort } from './free-port.ts';
import { killGroup, trackGroup, untrackGroup } from './process-groups.ts';

/** A sandbox folder and its parsed sandbox.json. */
export interface LoadedSandbox {
  id: string;
  dir: string;
  sandbox: Sandbox;
}

export interface ScenarioResult {
  /** Empty when the scenario passed. */
  failures: string[];
  recording: Recording;
}

export interface RunOptions {
  /** Use this port instead of a free one. */
  port?: number;
}

/** The repository's `sandboxes/` folder. */
export const SANDBOXES_DIR = fileURLToPath(new URL('../../sandboxes/', import.meta.url));

/** Read and validate one sandbox folder (throws naming the file when sandbox.json is invalid). */
export async function loadSandbox(dir: string): Promise<LoadedSandbox> {
  const file = join(dir, 'sandbox.json');
  const sandbox = parseSandbox(await readFile(file, 'utf8'), file);
  return { id: resolve(dir).split(/[\\/]/).pop() ?? dir, dir: resolve(dir), sandbox };
}

/** Every `sandboxes/<id>/` that has a sandbox.json, sorted by id. */
export async function loadSandboxes(root = SANDBOXES_DIR): Promise<LoadedSandbox[]> {
  const entries = await readdir(root, { withFileTypes: true });
  const dirs = entries.filter((e) => e.isDirectory() && existsSync(join(root, e.name, 'sandbox.json')));
  return Promise.all(dirs.map((e) => e.name).sort().map((name) => loadSandbox(join(root, name))));
}

/** A running instance plus what the steps need to wait on it. */
interface Live {
  rec: RecordedInstance;
  child: ChildProcess;
  cursor: number;
  exited: boolean;
  /** stdout and stderr have closed (all output read). */
  closed: Promise<void>;
  isClosed: boolean;
  /** Called on every output and on close, so waits re-check. */
  wake: Set<() => void>;
}

class ScenarioError extends Error {}

/** Copy a sandbox folder as the UI mounts it. */
async function prepareDir(sb: LoadedSandbox): Promise<string> {
  const tmp = await realpath(await mkdtemp(join(tmpdir(), `sandbox-${sb.id}-`)));
  const top = (src: string) => !(METADATA_FILES as Set<string>).has(src.slice(sb.dir.length + 1));
  await cp(sb.dir, tmp, { recursive: true, filter: top });
  await writeFile(join(tmp, 'package.json'), '{"type":"module"}\n');
  return tmp;
}

/** Run one scenario of a sandbox. Never throws for a failing scenario: see `failures`. */
export async function runScenario(sb: LoadedSandbox, scenario: Scenario, options: RunOptions = {}): Promise<ScenarioResult> {
  const t0 = performance.now();
  const now = () => performance.now() - t0;
  const port = options.port ?? await freePort();
  const tmpDir = await prepareDir(sb);
  const recording: Recording = { sandbox: sb.id, scenario: scenario.name, port, tmpDir, instances: [] };
  const live = new Map<string, Live>();
  const failures: string[] = [];
  const baseEnv: Record<string, string> = {
    PATH: process.env['PATH'] ?? '/usr/bin:/bin',
    HOME: process.env['HOME'] ?? tmpDir,
    LANG: process.env['LANG'] ?? 'C.UTF-8',
    PORT: String(port),
    ...scenario.env,
  };
  let timer: NodeJS.Timeout | undefined;
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

  const start = (step: Extract<Step, { start: string }>) => {
    const program = sb.sandbox.programs.find((p) => p.name === step.start);
    if (!program) throw new ScenarioError(`no program "${step.start}" in sandbox.json`);
    const id = step.as ?? step.start;
    if (live.has(id)) throw new ScenarioError(`instance "${id}" started twice (use "as")`);
    const args = [...program.args, ...(step.args ?? [])];
    // Taken before spawn(): a stall of this process right after it (GC, a busy CPU) must not shorten
    // the measured run, or a `durationMs.min` fails on a loaded machine although the program waited.
    const startedAt = now();
    const child = spawn(process.execPath, [program.entry, ...args], {
      cwd: tmpDir, env: { ...baseEnv, ...step.env }, detached: true, stdio: 'pipe',
    });
    const rec: RecordedInstance = { id, program: program.name, args, pid: child.pid, events: [], output: '', startedAt, exitedAt: undefined };
    rec.events.push({ kind: 'start', at: rec.startedAt, args });
    recording.instances.push(rec);
    if (child.pid !== undefined) trackGroup(child.pid);
    let markClosed = () => {};
    const l: Live = { rec, child, cursor: 0, exited: false, isClosed: false, wake: new Set(), closed: new Promise((r) => { markClosed = r; }) };
    live.set(id, l);
    const notify = () => { for (const w of [...l.wake]) w(); };
    for (const stream of ['stdout', 'stderr'] as const) {
      const decoder = new StringDecoder('utf8');
      child[stream].on('data', (chunk: Buffer) => {
        const text = decoder.write(chunk);
        if (!text) return;
        rec.output += text;
        rec.events.push({ kind: 'output', at: now(), stream, text });
        notify();
      });
    }
    child.stdin.on('error', () => {}); // typing into a program that has exited: EPIPE is not our failure
    child.on('error', (err) => { rec.output += `[runner] ${err.message}\n`; });
    let exitInfo: { code: number | null; signal: string | null } = { code: null, signal: null };
    child.on('exit', (code, signal) => {
      rec.exitedAt = now();
      l.exited = true;
      exitInfo = { code, signal };
      // A grandchild may keep the pipes open (orphans, daemons): do not wait for them forever.
      setTimeout(finish, 500).unref();
    });
    let finished = false;
    const finish = () => {
      if (finished) return;
      finished = true;
      rec.events.push({ kind: 'exit', at: now(), code: exitInfo.code, signal: exitInfo.signal });
      l.isClosed = true;
      if (child.pid !== undefined) untrackGroup(child.pid);
      markClosed();
      notify();
    };
    child.on('close', finish);
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
      l.rec.events.push({ kind: 'input', at: now(), text: `${step.line}\n` });
      l.child.stdin?.write(`${step.line}\n`);
      return;
    }
    if ('endInput' in step) {
      get(step.endInput).child.stdin?.end();
      return;
    }
    if ('kill' in step) {
      const l = get(step.kill);
      if (l.child.pid !== undefined && !l.exited) killGroup(l.child.pid, step.signal ?? 'SIGTERM');
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
    for (const [i, step] of scenario.steps.entries()) {
      try {
        await runStep(step);
      } catch (err) {
        if (!(err instanceof ScenarioError)) throw err;
        failures.push(`step ${i + 1} ${JSON.stringify(step)}: ${err.message}`);
        break;
      }
    }
  } finally {
    clearTimeout(timer);
    await stopAll([...live.values()]);
    await rm(tmpDir, { recursive: true, force: true });
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

/** SIGTERM every process group, wait for the pipes to close, then SIGKILL what is left. */
async function stopAll(all: Live[]): Promise<void> {
  for (const l of all) if (l.child.pid !== undefined && !l.exited) killGroup(l.child.pid, 'SIGTERM');
  let timer: NodeJS.Timeout | undefined;
  const grace = new Promise<void>((r) => { timer = setTimeout(r, 2000); });
  await Promise.race([Promise.all(all.map((l) => l.closed)), grace]);
  clearTimeout(timer);
  // Also the groups of programs that exited: their children (forked demos) may still live.
  for (const l of all) if (l.child.pid !== undefined) killGroup(l.child.pid, 'SIGKILL');
  await Promise.all(all.map((l) => l.closed));
}
