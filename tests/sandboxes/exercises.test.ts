/**
 * Every exercise (exercises/<id>/, src/sandbox/exercise.ts) graded on real Node by the same check
 * runner the page uses: the reference solution passes every check, the starting code fails at
 * least one, and the cheat (printing what a check expects without doing the work) fails every check
 * listed in `seesThroughCheat`. Run one: `--test-name-pattern='^network-address'`.
 */
import { describe, test, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, realpath, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadExercises } from '../../src/sandbox/exercise-files.ts';
import { runChecks, type CheckResult } from '../../src/sandbox/exercise.ts';
import type { ExerciseSource } from '../../src/sandbox/exercise.ts';
import { loadSandbox, sandboxFiles, SANDBOXES_DIR } from '../../src/sandbox/scenario-runner.ts';
import { createNodeRuntime } from '../../src/sandbox/node-runtime.ts';
import { freePort } from '../../src/sandbox/free-port.ts';
import { groupAlive, startedGroups } from '../../src/sandbox/process-groups.ts';
import { waitUntil } from './wait-until.ts';
import { ROOT, TOPIC_SLUGS } from '../helpers/content-site.ts';

const exercises = await loadExercises();

/** Grade `ex` with the sandbox's files overlaid by `overlay`, on real Node in a fresh temp dir. */
async function grade(ex: ExerciseSource, overlay: Record<string, string>): Promise<CheckResult[]> {
  const sb = await loadSandbox(join(SANDBOXES_DIR, ex.exercise.sandbox));
  const root = await realpath(await mkdtemp(join(tmpdir(), `exercise-${ex.id}-`)));
  try {
    return await runChecks({
      runtime: createNodeRuntime(root),
      exercise: ex,
      programs: sb.sandbox.programs,
      files: { ...await sandboxFiles(sb), ...overlay },
      port: () => freePort(),
      dir: '.',
      baseEnv: { PATH: process.env['PATH'] ?? '/usr/bin:/bin', HOME: process.env['HOME'] ?? root, LANG: process.env['LANG'] ?? 'C.UTF-8' },
    });
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

const show = (results: CheckResult[]) => results.map((r) => `${r.failures.length ? '✗' : '✓'} ${r.name}\n${r.failures.join('\n')}`).join('\n');

test('every topic page has an exercise, placed on the page it names', async () => {
  assert.ok(exercises.length >= 9, `only ${exercises.length} exercises`);
  const pages = new Set(exercises.map((e) => e.exercise.page));
  assert.deepEqual(TOPIC_SLUGS.filter((slug) => !pages.has(slug)), [], 'topic pages without an exercise');
  for (const ex of exercises) {
    const mdx = await readFile(join(ROOT, 'src/content/docs', `${ex.exercise.page}.mdx`), 'utf8');
    assert.ok(mdx.includes(`<Exercise id="${ex.id}" />`), `${ex.exercise.page}.mdx does not place <Exercise id="${ex.id}" />`);
  }
});

describe('exercises', { concurrency: 3 }, () => {
  for (const ex of exercises) {
    test(`${ex.id} › the reference solution passes every check`, async () => {
      assert.ok(Object.keys(ex.solution).length > 0, 'no solution/ files');
      const results = await grade(ex, ex.solution);
      assert.ok(results.length > 0);
      assert.ok(results.every((r) => r.failures.length === 0), show(results));
      // Each check tells its steps: the check programs' ✓ lines, and no ✗.
      for (const r of results) {
        assert.ok(r.verdicts.length > 0 && r.verdicts.every((v) => v.startsWith('✓')), `${r.name}: ${r.verdicts.join(' / ')}`);
      }
    });
    test(`${ex.id} › the starting code fails at least one check`, async () => {
      const results = await grade(ex, {});
      assert.ok(results.some((r) => r.failures.length > 0), show(results));
    });
    if (ex.exercise.seesThroughCheat.length > 0) {
      test(`${ex.id} › a cheat fails ${ex.exercise.seesThroughCheat.join(', ')}`, async () => {
        assert.ok(Object.keys(ex.cheat).length > 0, 'seesThroughCheat is set but there is no cheat/ folder');
        const results = await grade(ex, ex.cheat);
        for (const name of ex.exercise.seesThroughCheat) {
          const r = results.find((x) => x.name === name);
          assert.ok(r && r.failures.length > 0, `the cheat passed "${name}"\n${show(results)}`);
        }
      });
    }
  }
});

after(async () => {
  const left = await waitUntil(() => startedGroups().filter(groupAlive), (l) => l.length === 0, 5000);
  assert.deepEqual(left, [], `process groups left behind: ${left.join(', ')}`);
});
