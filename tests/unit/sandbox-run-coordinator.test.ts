import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRunCoordinator, type CoordinatedSandbox } from '../../src/components/sandbox/run-coordinator.ts';

function fake(id: string, running: boolean) {
  const log: string[] = [];
  const sb: CoordinatedSandbox & { running: boolean; log: string[] } = {
    id,
    running,
    log,
    isRunning: () => sb.running,
    stopAll: async () => {
      log.push('stop');
      sb.running = false;
    },
    notifyStopped: (by) => void log.push(`stopped by ${by}`),
  };
  return sb;
}

test('claiming stops the other running sandboxes and tells them why', async () => {
  const c = createRunCoordinator();
  const a = fake('a', false);
  const b = fake('b', true);
  const d = fake('d', false);
  c.register(a);
  c.register(b);
  c.register(d);
  assert.deepEqual(await c.claim('a'), ['b']);
  assert.deepEqual(b.log, ['stopped by a', 'stop']);
  assert.deepEqual(d.log, [], 'idle sandboxes are left alone');
  assert.deepEqual(a.log, [], 'the claimant is not stopped');
});

test('claiming again while already the only runner stops nothing; unregistered sandboxes are ignored', async () => {
  const c = createRunCoordinator();
  const a = fake('a', true);
  const b = fake('b', true);
  c.register(a);
  const off = c.register(b);
  off();
  assert.deepEqual(await c.claim('a'), []);
  assert.deepEqual(b.log, []);
});
