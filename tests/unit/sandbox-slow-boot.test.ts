/**
 * The note a slow WebContainer boot gets (slow-boot.ts): when it comes, what it says, and that it
 * does not come for a boot that ended, a local runtime, or a wait that was cancelled.
 */
import { test, mock } from 'node:test';
import assert from 'node:assert/strict';
import { slowBootAfterMs, slowBootText, watchSlowBoot } from '../../src/components/sandbox/slow-boot.ts';
import type { BootState } from '../../src/runtime/boot-state.ts';

type Fake = { kind: 'webcontainer' | 'local'; bootState: BootState; bootTimeoutMs: number };
const booting = (timeout = 30_000): Fake => ({ kind: 'webcontainer', bootState: { status: 'booting' }, bootTimeoutMs: timeout });

test('the fuller note comes after a quarter of the timeout, at least 0.5 s and at most 6 s', () => {
  assert.equal(slowBootAfterMs(30_000), 6000);
  assert.equal(slowBootAfterMs(3000), 750);
  assert.equal(slowBootAfterMs(1000), 500);
});

test('it names stackblitz.com and the timeout in both languages', () => {
  const t = slowBootText(30_000);
  assert.match(t.zh, /stackblitz\.com.*30 秒后放弃.*录制的输出/);
  assert.match(t.en, /stackblitz\.com.*after 30 s.*Recorded output/);
  assert.match(slowBootText(400).en, /after 1 s/);
});

test('a boot still going after the delay gets the note, once', (t) => {
  t.mock.timers.enable({ apis: ['setTimeout'] });
  const seen: string[] = [];
  watchSlowBoot(booting(), (text) => seen.push(text.en));
  t.mock.timers.tick(5999);
  assert.deepEqual(seen, []);
  t.mock.timers.tick(1);
  assert.equal(seen.length, 1);
  t.mock.timers.tick(60_000);
  assert.equal(seen.length, 1);
});

test('no note for a boot that is ready or failed by then, a local runtime, or a cancelled wait', (t) => {
  t.mock.timers.enable({ apis: ['setTimeout'] });
  const onSlow = mock.fn();
  const late = booting();
  watchSlowBoot(late, onSlow);
  late.bootState = { status: 'ready' };
  watchSlowBoot({ ...booting(), bootState: { status: 'failed', reason: 'timeout', message: '', reloadToRetry: true } }, onSlow);
  watchSlowBoot({ ...booting(), kind: 'local' }, onSlow);
  const cancel = watchSlowBoot(booting(), onSlow);
  cancel();
  t.mock.timers.tick(60_000);
  assert.equal(onSlow.mock.callCount(), 0);
});
