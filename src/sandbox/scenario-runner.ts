/**
 * Runs a sandbox scenario (sandbox.json `scenarios`, schema.ts) against real Node. Node-only: the
 * steps themselves are run by the runtime-agnostic core (scenario-core.ts, also used by the
 * browser's `/self-test/` page) over a Runtime of real child processes (node-runtime.ts).
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
 * - mounts the folder's program files (`sandboxFiles`: all but sandbox.json, transcript.json,
 *   original.py) in a fresh temp dir, with `package.json` `{"type":"module"}` beside them;
 * - picks a free PORT (free for TCP and UDP on 127.0.0.1) for this scenario alone, so scenarios
 *   can run concurrently;
 * - spawns `node <entry> <program args> <step args>` with cwd = the temp dir and env =
 *   {PATH, HOME, LANG, PORT} + scenario env + step env (put `DEMO_TIME_SCALE` in scenario env);
 *   every program gets its own process group;
 * - runs the steps in order; waits only for output or exit events (`waitFor`, `waitExit`), never
 *   for fixed times; the whole scenario fails after `timeoutMs`;
 * - always stops everything it started (SIGTERM to each process group, then SIGKILL), removes the
 *   temp dir, then checks the expectations (matchers: scenario-match.ts);
 * - output is read as scenario-output.ts normalises it (a pipe's output passes unchanged), so the
 *   same scenario gives the same lines on the page's runtimes (`runScenarioOn` of scenario-core.ts).
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
import { mkdtemp, readdir, readFile, realpath, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FileMap } from '../runtime/types.ts';
import { METADATA_FILES, parseSandbox, type Sandbox, type Scenario } from './schema.ts';
import { runScenarioOn, type ScenarioResult } from './scenario-core.ts';
import { createNodeRuntime } from './node-runtime.ts';
import { freePort } from './free-port.ts';
import { SHARED_DIR, withSharedFiles } from './shared-files.ts';

export type { ScenarioResult } from './scenario-core.ts';

/** A sandbox folder and its parsed sandbox.json. */
export interface LoadedSandbox {
  id: string;
  dir: string;
  sandbox: Sandbox;
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

/** The program files of a sandbox folder (everything but sandbox.json, transcript.json, original.py)
 * plus the `shared` modules it lists from `sandboxes/_shared/`, as the page ships them. */
export async function sandboxFiles(sb: LoadedSandbox): Promise<FileMap> {
  const files: FileMap = {};
  const library: Record<string, string> = {};
  for (const name of sb.sandbox.shared) {
    const path = join(sb.dir, '..', SHARED_DIR, name);
    if (existsSync(path)) library[name] = await readFile(path, 'utf8');
  }
  for (const entry of await readdir(sb.dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const rel = relative(sb.dir, join(entry.parentPath, entry.name)).split(sep).join('/');
    if (!METADATA_FILES.has(rel)) files[rel] = await readFile(join(sb.dir, rel), 'utf8');
  }
  return withSharedFiles(files, sb.sandbox.shared, library, join(sb.dir, 'sandbox.json'));
}

/** Run one scenario of a sandbox on real Node, in a fresh temp dir. Never throws for a failing scenario: see `failures`. */
export async function runScenario(sb: LoadedSandbox, scenario: Scenario, options: RunOptions = {}): Promise<ScenarioResult> {
  const port = options.port ?? await freePort();
  const root = await realpath(await mkdtemp(join(tmpdir(), `sandbox-${sb.id}-`)));
  try {
    return await runScenarioOn({
      runtime: createNodeRuntime(root),
      sandboxId: sb.id,
      programs: sb.sandbox.programs,
      features: sb.sandbox.features,
      files: await sandboxFiles(sb),
      scenario,
      port,
      dir: '.',
      hostDir: root,
      baseEnv: {
        PATH: process.env['PATH'] ?? '/usr/bin:/bin',
        HOME: process.env['HOME'] ?? root,
        LANG: process.env['LANG'] ?? 'C.UTF-8',
      },
    });
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}
