/**
 * `npm run test:soak [--runs N] [--concurrency N] [id …]`: every scenario of every sandbox (or of the
 * given ids) N times (default 10) while two CPU-bound processes keep the machine busy, as a reader's
 * busy laptop would. Prints a per-sandbox table of runs and failures, the first failure message of
 * each failing sandbox, and the wall time; exits non-zero on any failure. Not part of `npm test`:
 * it takes minutes, and it exists to catch races (a listener attached after an `await`, a fixed
 * sleep standing in for an event) that an idle machine hides.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, readlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadSandboxes, runScenario, type LoadedSandbox } from '../src/sandbox/scenario-runner.ts';

interface Args { runs: number; concurrency: number; only: Set<string> }

function parseArgs(argv: string[]): Args {
  const args: Args = { runs: 10, concurrency: 4, only: new Set() };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] ?? '';
    if (a === '--runs' || a === '--concurrency') {
      const n = Number(argv[++i]);
      if (!Number.isInteger(n) || n < 1) throw new Error(`${a} needs a positive whole number`);
      args[a === '--runs' ? 'runs' : 'concurrency'] = n;
    } else args.only.add(a);
  }
  return args;
}

const args = parseArgs(process.argv.slice(2));
const sandboxes = (await loadSandboxes()).filter((sb) => args.only.size === 0 || args.only.has(sb.id));
const unknown = [...args.only].filter((id) => !sandboxes.some((sb) => sb.id === id));
if (unknown.length) throw new Error(`no sandbox named ${unknown.join(', ')}`);

// Two busy loops, one per core of a 2-core machine: the examples must not depend on an idle CPU.
const hogs: ChildProcess[] = [0, 1].map(() => spawn(process.execPath, ['-e', 'for(;;){}'], { stdio: 'ignore' }));
const stopHogs = (): void => { for (const h of hogs) if (h.exitCode === null && h.signalCode === null) h.kill('SIGKILL'); };
process.on('exit', stopHogs);
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => { stopHogs(); process.exit(130); });

interface Row { runs: number; failures: number; firstFailure?: string; ms: number }
const rows = new Map<string, Row>(sandboxes.map((sb) => [sb.id, { runs: 0, failures: 0, ms: 0 }]));
const jobs: { sb: LoadedSandbox; index: number }[] = [];
for (let run = 0; run < args.runs; run++) {
  for (const sb of sandboxes) sb.sandbox.scenarios.forEach((_, index) => jobs.push({ sb, index }));
}
const total = jobs.length;
let doneCount = 0;
const started = Date.now();

async function worker(): Promise<void> {
  for (let job = jobs.shift(); job; job = jobs.shift()) {
    const scenario = job.sb.sandbox.scenarios[job.index]!;
    const t = Date.now();
    const { failures } = await runScenario(job.sb, scenario);
    const row = rows.get(job.sb.id)!;
    row.runs++;
    row.ms += Date.now() - t;
    doneCount++;
    if (failures.length) {
      row.failures++;
      row.firstFailure ??= `${scenario.name}: ${failures.join('\n')}`;
      console.log(`✗ [${doneCount}/${total}] ${job.sb.id} › ${scenario.name}\n  ${failures.join('\n  ').slice(0, 2000)}`);
    } else if (doneCount % 25 === 0) console.log(`… ${doneCount}/${total} runs, ${((Date.now() - started) / 1000).toFixed(0)} s`);
  }
}

try {
  await Promise.all(Array.from({ length: args.concurrency }, worker));
} finally {
  stopHogs();
}

/**
 * Processes still running in a scenario's temporary folder (the runner gives each run its own
 * `<tmp>/sandbox-<id>-…` and programs do not change directory): what the runs left behind. Linux only.
 */
function leftovers(): string[] {
  if (process.platform !== 'linux') return [];
  const prefix = join(tmpdir(), 'sandbox-');
  const found: string[] = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const cwd = readlinkSync(`/proc/${name}/cwd`);
      if (cwd.startsWith(prefix)) found.push(`${name} (${cwd})`);
    } catch {
      // gone, or not ours
    }
  }
  return found;
}
let left = leftovers();
for (const deadline = Date.now() + 5000; left.length > 0 && Date.now() < deadline; left = leftovers()) {
  await new Promise((resolve) => setTimeout(resolve, 100));
}

const wall = (Date.now() - started) / 1000;
const width = Math.max(7, ...sandboxes.map((sb) => sb.id.length));
const lines = [`${'sandbox'.padEnd(width)}  runs  failures  mean s`];
let failed = 0;
for (const [id, row] of rows) {
  failed += row.failures;
  lines.push(`${id.padEnd(width)}  ${String(row.runs).padStart(4)}  ${String(row.failures).padStart(8)}  ${(row.ms / Math.max(row.runs, 1) / 1000).toFixed(2).padStart(6)}`);
}
console.log(`\n${lines.join('\n')}`);
console.log(`\n${total} runs (${args.runs} × every scenario, ${args.concurrency} at a time, 2 CPU hogs), ${failed} failed, wall time ${wall.toFixed(0)} s`);
console.log(`processes left behind: ${left.length}${left.length ? `\n  ${left.join('\n  ')}` : ''}`);
for (const [id, row] of rows) if (row.firstFailure) console.log(`\nfirst failure of ${id}: ${row.firstFailure}`);
if (failed || left.length) process.exitCode = 1;
