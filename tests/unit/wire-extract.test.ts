import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createWireExtractor, type WireDropped, type WireEvent } from '../../src/runtime/wire-extract.ts';

const frame = (ev: object) => `\x1b]7717;${JSON.stringify(ev)}\x07`;
const write = { k: 'write', p: 'tcp', t: 1, n: 5, h: '68656c6c6f', conn: 'a b' };
const data = { k: 'data', p: 'tcp', t: 2, n: 5, conn: 'a b' };

function run(chunks: string[]): { text: string; events: (WireEvent | WireDropped)[]; malformed: number } {
  const events: (WireEvent | WireDropped)[] = [];
  const x = createWireExtractor((e) => events.push(e));
  const text = chunks.map((c) => x.push(c)).join('') + x.flush();
  return { text, events, malformed: x.malformed };
}

test('frames between lines are removed and reported in order', () => {
  const r = run([`hello\n${frame(write)}world\n${frame(data)}`]);
  assert.equal(r.text, 'hello\nworld\n');
  assert.deepEqual(r.events.map((e) => e.k), ['write', 'data']);
});

test('a frame split at every position across chunks is still removed whole', () => {
  const whole = `ab${frame(write)}cd`;
  for (let cut = 0; cut <= whole.length; cut++) {
    const r = run([whole.slice(0, cut), whole.slice(cut)]);
    assert.equal(r.text, 'abcd', `cut at ${cut}`);
    assert.equal(r.events.length, 1, `cut at ${cut}`);
  }
  const oneByOne = run([...whole]);
  assert.equal(oneByOne.text, 'abcd');
  assert.equal(oneByOne.events.length, 1);
});

test('a frame in the middle of a line leaves the line intact', () => {
  assert.equal(run([`par${frame(write)}tial\n`]).text, 'partial\n');
});

test('other escape sequences and lone ESC pass through unchanged', () => {
  const text = '\x1b[31mred\x1b[0m \x1b]0;title\x07 \x1b';
  assert.equal(run([text]).text, text);
  assert.equal(run([...text]).text, text);
});

test('a frame cut by other output is dropped as malformed; the text after it is shown', () => {
  const broken = frame(write).slice(0, 20);
  const r = run([`${broken}\n[output truncated]\n${frame(data)}`]);
  assert.equal(r.text, '\n[output truncated]\n');
  assert.equal(r.malformed, 1);
  assert.deepEqual(r.events.map((e) => e.k), ['data']);
});

test('a frame whose payload is not a wire event is dropped, not shown', () => {
  const r = run([`a\x1b]7717;{"k":"nonsense"}\x07b\x1b]7717;not json\x07c`]);
  assert.equal(r.text, 'abc');
  assert.equal(r.malformed, 2);
});

test('an unfinished frame at the end of the stream is dropped', () => {
  const r = run(['x', frame(write).slice(0, 30)]);
  assert.equal(r.text, 'x');
  assert.equal(r.malformed, 1);
});

test('non-ASCII program text right after a frame is kept', () => {
  assert.equal(run([`${frame(data)}两次 send`]).text, '两次 send');
});
