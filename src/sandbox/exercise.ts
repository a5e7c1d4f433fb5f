/**
 * Exercises: a sandbox with a task. `exercises/<id>/exercise.json` (schema below) names its sandbox
 * (`sandboxes/<sandbox>/`, whose files are the starting code) and holds the task, the hints and the
 * check scenarios. Beside it:
 * - `solution/<file>`: the reference solution, file by file (replaces the sandbox file of that name);
 * - `check/<file>`: hidden check programs, mounted beside the reader's code only when Check runs
 *   (never shown in the editor); they draw their test data at random on every run;
 * - `cheat/<file>` (tests only, never shipped): code that prints what a check expects without doing
 *   the work, which every check listed in `seesThroughCheat` must fail.
 *
 * A check is an ordinary scenario (schema.ts) plus a title, run by the one scenario runner
 * (scenario-core.ts) over whatever Runtime is at hand: real child processes in the Node tests, the
 * page's runtime when the reader clicks Check. Its programs are the sandbox's plus `checkPrograms`.
 * Framework-free: used by the build (Exercise.astro), the browser and the Node tests alike.
 */
import { z } from 'zod';
import type { FileMap, Runtime } from '../runtime/types.ts';
import { bilingualSchema, programSchema, runtimeKindSchema, scenarioSchema, type Bilingual, type Program, type Scenario } from './schema.ts';
import { runScenarioOn } from './scenario-core.ts';

/** One check: a scenario with a title the reader sees (what it verifies). */
export const checkSchema = scenarioSchema.extend({ title: bilingualSchema });
export type Check = z.infer<typeof checkSchema>;

export const exerciseSchema = z.object({
  /** The sandbox whose files are the starting code, e.g. `ex-two-clients`. */
  sandbox: z.string().regex(/^[a-z][a-z0-9-]*$/),
  /** The topic page (src/content/docs/<page>.mdx) the exercise is on; the sidebar marks it. */
  page: z.string().regex(/^[a-z][a-z0-9-]*$/),
  title: bilingualSchema,
  /** What the reader is asked to do. */
  task: bilingualSchema,
  /** Shown one at a time, in this order. */
  hints: z.array(bilingualSchema).min(1),
  /** Where Check can run (a UDP exercise: `["local"]`). */
  runtimes: z.array(runtimeKindSchema).min(1),
  /** Hidden programs the checks start (entries are files of `check/`). */
  checkPrograms: z.array(programSchema).default([]),
  checks: z.array(checkSchema).min(1),
  /** Names of the checks that a cheat (printing the expected text) must fail. */
  seesThroughCheat: z.array(z.string()).default([]),
}).strict().superRefine((ex, ctx) => {
  const names = ex.checks.map((c) => c.name);
  for (const n of ex.seesThroughCheat) {
    if (!names.includes(n)) ctx.addIssue({ code: 'custom', path: ['seesThroughCheat'], message: `no check named "${n}"` });
  }
});
export type Exercise = z.infer<typeof exerciseSchema>;

/** An exercise with its files, as the build and the tests collect it. */
export interface ExerciseSource {
  id: string;
  exercise: Exercise;
  /** Hidden check programs (file → text), mounted at the top of the run folder. */
  hidden: FileMap;
  /** Reference solution files. */
  solution: FileMap;
  /** The test-only cheat (empty when there is none). */
  cheat: FileMap;
}

/** Parse and validate an exercise.json text; the error names `file` and every problem. */
export function parseExercise(text: string, file: string): Exercise {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    throw new Error(`${file}: not valid JSON (${(err as Error).message})`);
  }
  const result = exerciseSchema.safeParse(data);
  if (!result.success) {
    const problems = result.error.issues.map((i) => `  - ${i.path.join('.') || '(root)'}: ${i.message}`);
    throw new Error(`${file}: invalid exercise.json\n${problems.join('\n')}`);
  }
  return result.data;
}

/**
 * Collect exercise `id` from `raw` (project-relative path → text, as `import.meta.glob` gives it).
 * Throws naming the file when exercise.json is missing or invalid or a check program's entry is absent.
 */
export function collectExercise(id: string, raw: Record<string, string>): ExerciseSource {
  const prefix = `exercises/${id}/`;
  const part = (folder: string): FileMap => {
    const out: FileMap = {};
    for (const [path, text] of Object.entries(raw)) {
      const rel = path.replace(/^\/+/, '');
      if (rel.startsWith(`${prefix}${folder}/`)) out[rel.slice(prefix.length + folder.length + 1)] = text;
    }
    return out;
  };
  const json = Object.entries(raw).find(([p]) => p.replace(/^\/+/, '') === `${prefix}exercise.json`)?.[1];
  if (json === undefined) throw new Error(`${prefix}exercise.json: missing (<Exercise id="${id}" /> needs it)`);
  const exercise = parseExercise(json, `${prefix}exercise.json`);
  const hidden = part('check');
  for (const p of exercise.checkPrograms) {
    if (!(p.entry in hidden)) throw new Error(`${prefix}exercise.json: check program "${p.name}" has entry "${p.entry}", which is not in ${prefix}check/`);
  }
  return { id, exercise, hidden, solution: part('solution'), cheat: part('cheat') };
}

/** The result of one check. */
export interface CheckResult {
  name: string;
  title: Bilingual;
  /** Empty when the check held; else the runner's messages (expected vs actual lines). */
  failures: string[];
  /** The verdict lines (`✓ …` / `✗ …`) the check programs printed, step by step. */
  verdicts: string[];
}

/** What {@link runChecks} needs. */
export interface RunChecksOptions {
  runtime: Runtime;
  exercise: { id: string; hidden: FileMap; exercise: Pick<Exercise, 'checks' | 'checkPrograms' | 'runtimes'> };
  /** The sandbox's programs (the reader's code). */
  programs: readonly Pick<Program, 'name' | 'entry' | 'args'>[];
  /** The reader's files as they are now (all sandbox files, edits applied). */
  files: FileMap;
  /** A fresh port for each attempt (the Node side asks the OS; the page draws one at random). */
  port: () => number | Promise<number>;
  /** Folder to mount into and run in. @default `exercise-check/<id>` */
  dir?: string;
  baseEnv?: Record<string, string>;
  /** Called before each check starts (the page shows "running"). */
  onCheck?: (check: Check, index: number) => void;
  /** Called with each result as soon as it is known. */
  onResult?: (result: CheckResult, index: number) => void;
}

/** Whether a failure came from the port being taken (worth one retry on another port). */
export function portWasTaken(failures: readonly string[], output: string): boolean {
  return failures.length > 0 && /EADDRINUSE|address already in use/i.test(output);
}

/** The checks meant for `kind` (a check's `runtimes`, else the exercise's). */
export function checksFor(exercise: Pick<Exercise, 'checks' | 'runtimes'>, kind: Runtime['kind']): Check[] {
  return exercise.checks.filter((c) => (c.runtimes ?? exercise.runtimes).includes(kind));
}

/**
 * Run every check of the exercise against `files`, one after another, each on its own port (one
 * retry on another port when the first was taken). The runner stops everything each check started.
 */
export async function runChecks(opts: RunChecksOptions): Promise<CheckResult[]> {
  const { exercise: src } = opts;
  const programs = [...opts.programs, ...src.exercise.checkPrograms];
  const files = { ...opts.files, ...src.hidden };
  const checkNames = new Set(src.exercise.checkPrograms.map((p) => p.name));
  const results: CheckResult[] = [];
  for (const [index, check] of checksFor(src.exercise, opts.runtime.kind).entries()) {
    opts.onCheck?.(check, index);
    const { title, ...rest } = check;
    const scenario: Scenario = rest;
    let failures: string[] = [];
    let verdicts: string[] = [];
    for (let attempt = 0; attempt < 2; attempt++) {
      const result = await runScenarioOn({
        runtime: opts.runtime, sandboxId: src.id, programs, files, scenario,
        port: await opts.port(), dir: opts.dir ?? `exercise-check/${src.id}`, ...(opts.baseEnv ? { baseEnv: opts.baseEnv } : {}),
      });
      failures = result.failures;
      verdicts = result.recording.instances.filter((i) => checkNames.has(i.program))
        .flatMap((i) => i.output.split('\n')).map((l) => l.trim()).filter((l) => /^[✓✗]/.test(l));
      if (!portWasTaken(failures, result.recording.instances.map((i) => i.output).join('\n'))) break;
    }
    const res = { name: check.name, title, failures, verdicts };
    results.push(res);
    opts.onResult?.(res, index);
  }
  return results;
}
