/**
 * The scenario runner leaves nothing behind: not after a failing scenario, not when a program
 * ignores SIGTERM, not when a program's child outlives it (fixtures in fixtures/leftovers).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadSandbox, runScenario } from '../../src/sandbox/scenario-runner.ts';
import { groupAlive, startedGroups } from '../../src/sandbox/process-groups.ts';
import { waitUntil } from './wait-until.ts';

const fixture = await loadSandbox(fileURLToPath(new URL('./fixtures/leftovers/', import.meta.url)));

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Pids printed as `child <pid>` by the fixtures, plus the programs' own pids. */
function pidsOf(result: Awaited<ReturnType<typeof runScenario>>): number[] {
  const pids = result.recording.instances.map((i) => i.pid).filter((p): p is number => p !== undefined);
  for (const inst of result.recording.instances) {
    for (const m of inst.output.matchAll(/child (\d+)/g)) pids.push(Number(m[1]));
  }
  return pids;
}

async function assertAllGone(pids: number[]): Promise<void> {
  const left = await waitUntil(() => pids.filter(alive), (l) => l.length === 0, 5000);
  assert.deepEqual(left, [], `processes still alive: ${left.join(', ')}`);
}

test('a failing scenario (timeout) still kills a SIGTERM-ignoring program and its child, and removes its temp dir', async () => {
  const result = await runScenario(fixture, fixture.sandbox.scenarios[0]!);
  assert.match(result.failures.join('\n'), /timed out after 1500 ms waiting for "this line never comes"/);
  const pids = pidsOf(result);
  assert.equal(pids.length, 2, 'the program and its child were both started');
  await assertAllGone(pids);
  assert.equal(existsSync(result.recording.tmpDir), false);
});

test('a program that exits while its child keeps the pipe open: waitExit returns and the child is killed', async () => {
  const result = await runScenario(fixture, fixture.sandbox.scenarios[1]!);
  assert.deepEqual(result.failures, []);
  await assertAllGone(pidsOf(result));
});

test('every process group the runner started is gone', async () => {
  const left = await waitUntil(() => startedGroups().filter(groupAlive), (l) => l.length === 0, 5000);
  assert.deepEqual(left, []);
});
