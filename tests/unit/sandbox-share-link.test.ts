import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { decodeShare, encodeShare, MAX_SHARE_CHARS, ShareError, shareTarget, TYPICAL_SHARE_CHARS } from '../../src/components/sandbox/share-link.ts';

const server = readFileSync(new URL('../../sandboxes/tcp-echo/tcp-server.js', import.meta.url), 'utf8');
const FILES = ['tcp-server.js', 'tcp-client.js'];
const PROGRAMS = ['server', 'client'];

test('a link carries the edited files and arguments, and reads back exactly (Chinese included)', async () => {
  const payload = { files: { 'tcp-server.js': server.replace('asciiUpper(data)', 'data /* 原样回显 */') }, args: { server: '--serial' } };
  const hash = await encodeShare('tcp-echo', payload);
  assert.equal(shareTarget(hash), 'tcp-echo');
  assert.match(hash, /^#share=tcp-echo~[A-Za-z0-9_-]+$/);
  assert.ok(hash.length < TYPICAL_SHARE_CHARS, `a typical edit makes a link of ${hash.length} characters`);
  assert.deepEqual(await decodeShare(hash, FILES, PROGRAMS), payload);
});

test('a damaged, foreign or oversized link is refused with a reason, nothing decoded half-way', async () => {
  const hash = await encodeShare('tcp-echo', { files: { 'tcp-server.js': 'x' }, args: {} });
  const reject = (h: string, problem: string) => assert.rejects(decodeShare(h, FILES, PROGRAMS), (e: unknown) => e instanceof ShareError && e.problem === problem);
  await reject(hash.slice(0, -6), 'damaged');
  await reject(`${hash.slice(0, 20)}!!${hash.slice(22)}`, 'damaged');
  await reject('#share=tcp-echo~', 'damaged');
  await reject(await encodeShare('tcp-echo', { files: { 'evil.js': 'x' }, args: {} }), 'unknown-file');
  await reject(await encodeShare('tcp-echo', { files: {}, args: { nobody: '--x' } }), 'unknown-program');
  // Random text does not compress: a big edit of it is refused when the link is made.
  const noise = randomBytes(30_000).toString('base64');
  await assert.rejects(encodeShare('tcp-echo', { files: { 'tcp-server.js': noise }, args: {} }), (e: unknown) => e instanceof ShareError && e.problem === 'too-large');
  await reject(`#share=tcp-echo~${'A'.repeat(MAX_SHARE_CHARS)}`, 'too-large');
  assert.equal(shareTarget('#section-2'), null);
});
