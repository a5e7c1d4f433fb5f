/**
 * The length-prefixed framing of sandboxes/_shared/frame.js (mounted by framing and remote-command): however
 * the byte stream is cut — at every offset, into 1-byte chunks — the decoder returns the same messages.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { loadSandbox, sandboxFiles } from '../../src/sandbox/scenario-runner.ts';

interface FrameModule {
  encode(payload: string | Buffer): Buffer;
  FrameDecoder: new () => { push(chunk: Buffer): Buffer[] };
}
const frameUrl = new URL('../../sandboxes/_shared/frame.js', import.meta.url);
const { encode, FrameDecoder } = (await import(frameUrl.href)) as FrameModule;

const messages = ['hello', '', '你好', 'x'.repeat(300), 'quit'].map((m) => Buffer.from(m));
const stream = Buffer.concat(messages.map((m) => encode(m)));

function decode(chunks: Buffer[]): string[] {
  const decoder = new FrameDecoder();
  return chunks.flatMap((c) => decoder.push(c)).map((m) => m.toString('utf8'));
}
const expected = messages.map((m) => m.toString('utf8'));

test('the header is 4 bytes, unsigned big-endian (struct.pack("!I", n))', () => {
  assert.deepEqual([...encode('hello').subarray(0, 4)], [0, 0, 0, 5]);
  assert.deepEqual([...encode(Buffer.alloc(0x01020304)).subarray(0, 4)], [1, 2, 3, 4]);
  assert.equal(encode('你好').length, 4 + 6);
});

test('the whole stream at once gives every message, the empty one included', () => {
  assert.deepEqual(decode([stream]), expected);
});

test('cut in two at every offset: same messages', () => {
  for (let at = 0; at <= stream.length; at++) {
    assert.deepEqual(decode([stream.subarray(0, at), stream.subarray(at)]), expected, `cut at byte ${at}`);
  }
});

test('cut in three at every pair of offsets within the first messages: same messages', () => {
  for (let a = 0; a <= 30; a++) {
    for (let b = a; b <= 40; b++) {
      const chunks = [stream.subarray(0, a), stream.subarray(a, b), stream.subarray(b)];
      assert.deepEqual(decode(chunks), expected, `cuts at ${a} and ${b}`);
    }
  }
});

test('1-byte chunks (and other sizes): same messages', () => {
  for (const size of [1, 2, 3, 4, 5, 7, 64, 1024]) {
    const chunks: Buffer[] = [];
    for (let i = 0; i < stream.length; i += size) chunks.push(stream.subarray(i, i + size));
    assert.deepEqual(decode(chunks), expected, `${size}-byte chunks`);
  }
});

test('a message is only returned once all its bytes are there', () => {
  const decoder = new FrameDecoder();
  const one = encode('abc');
  assert.deepEqual(decoder.push(one.subarray(0, 6)), []);
  assert.deepEqual(decoder.push(one.subarray(6)).map(String), ['abc']);
});

test('framing and remote-command mount the one shared frame.js', async () => {
  for (const id of ['framing', 'remote-command']) {
    const files = await sandboxFiles(await loadSandbox(fileURLToPath(new URL(`../../sandboxes/${id}/`, import.meta.url))));
    assert.equal(files['frame.js'], await readFile(frameUrl, 'utf8'), id);
  }
});
