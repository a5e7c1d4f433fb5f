import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createOutputBatcher } from '../../src/components/sandbox/output-batcher.ts';

/** A frame queue driven by the test, and a terminal that records writes and acknowledges them on demand. */
function harness(opts: { maxPerFrame?: number; maxBacklog?: number; autoDone?: boolean } = {}) {
  const frames: Array<() => void> = [];
  const writes: string[] = [];
  const dones: Array<() => void> = [];
  const batcher = createOutputBatcher({
    write: (text, done) => {
      writes.push(text);
      if (opts.autoDone === false) dones.push(done);
      else done();
    },
    schedule: (cb) => void frames.push(cb),
    ...(opts.maxPerFrame !== undefined ? { maxPerFrame: opts.maxPerFrame } : {}),
    ...(opts.maxBacklog !== undefined ? { maxBacklog: opts.maxBacklog } : {}),
    droppedNotice: (n) => `[skipped ${n}]`,
  });
  const frame = (): void => {
    const cb = frames.shift();
    assert.ok(cb, 'a frame was scheduled');
    cb();
  };
  return { batcher, frames, writes, dones, frame };
}

test('many small pushes within a frame become one write', () => {
  const h = harness();
  for (let i = 0; i < 100; i++) h.batcher.push(`${i}\n`);
  assert.equal(h.frames.length, 1, 'one frame requested, not one per push');
  assert.equal(h.writes.length, 0, 'nothing written before the frame');
  h.frame();
  assert.equal(h.writes.length, 1);
  assert.equal(h.writes[0], Array.from({ length: 100 }, (_, i) => `${i}\n`).join(''));
  assert.equal(h.frames.length, 0, 'idle once drained');
});

test('a frame writes at most maxPerFrame characters; the rest follows in later frames', () => {
  const h = harness({ maxPerFrame: 10 });
  h.batcher.push('a'.repeat(25));
  h.frame();
  h.frame();
  h.frame();
  assert.deepEqual(h.writes.map((w) => w.length), [10, 10, 5]);
  assert.equal(h.batcher.pending, 0);
});

test('no new frame until the terminal has processed the previous write', () => {
  const h = harness({ maxPerFrame: 4, autoDone: false });
  h.batcher.push('abcdefgh');
  h.frame();
  assert.equal(h.frames.length, 0, 'waits for the terminal');
  h.dones.shift()?.();
  assert.equal(h.frames.length, 1);
  h.frame();
  assert.deepEqual(h.writes, ['abcd', 'efgh']);
});

test('a flood beyond the backlog keeps the newest output and says what was skipped', () => {
  const h = harness({ maxBacklog: 100, maxPerFrame: 1000 });
  const lines = Array.from({ length: 60 }, (_, i) => `line ${String(i).padStart(2, '0')}\n`);
  for (const l of lines) h.batcher.push(l);
  assert.ok(h.batcher.pending <= 100);
  h.frame();
  const out = h.writes.join('');
  assert.match(out, /^\[skipped \d+\]line \d\d\n/, 'notice first, then whole lines');
  assert.ok(out.endsWith('line 59\n'), 'the latest line is kept');
  const skipped = Number(/skipped (\d+)/.exec(out)?.[1]);
  assert.equal(skipped + out.length - `[skipped ${skipped}]`.length, lines.join('').length);
});

test('a surrogate pair is never split between frames', () => {
  const h = harness({ maxPerFrame: 3 });
  h.batcher.push('ab😀c');
  h.frame();
  h.frame();
  assert.deepEqual(h.writes, ['ab', '😀c']);
});

test('clear forgets pending output', () => {
  const h = harness();
  h.batcher.push('old');
  h.batcher.clear();
  h.frame();
  assert.deepEqual(h.writes, []);
  h.batcher.push('new');
  h.frame();
  assert.deepEqual(h.writes, ['new']);
});
