/**
 * The folder contract of every sandboxes/<id>/ (DESIGN.md §3): a valid sandbox.json whose entries
 * exist, Node built-ins only, self-contained (each folder is mounted alone, with the `shared` modules
 * of sandboxes/_shared/ it lists), and original.py made
 * of the seed's own lines.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join } from 'node:path';
import { loadSandboxes, sandboxFiles, SANDBOXES_DIR } from '../../src/sandbox/scenario-runner.ts';
import { seedCode } from '../../src/content/seed.ts';
import { SHARED_DIR } from '../../src/sandbox/shared-files.ts';

const sandboxes = await loadSandboxes();
const seed = await readFile(new URL('../../content/seed/notes.zh.md', import.meta.url), 'utf8');
const seedLines = new Set(seed.split('\n').map((l) => l.replace(/[ \t]+$/, '')));

/** Where original.py comes from, for the sandboxes of pages 1–5 (seed code lines, fences excluded). */
const ORIGINALS: Record<string, string[]> = {
  'tcp-echo': ['133-178', '183-201'],
  'udp-hello': ['208-226', '232-239'],
  'framing': ['247-251'],
  'remote-command': ['254-323'],
  'socketserver-tcp': ['332-359'],
  'socketserver-udp': ['364-375'],
};
const LOCAL_ONLY = new Set(['udp-hello', 'socketserver-udp', 'dns-lookup', 'zombie-orphan']);

test('there are sandboxes', () => assert.ok(sandboxes.length > 0, `no sandbox.json under ${SANDBOXES_DIR}`));

for (const sb of sandboxes) {
  test(`${sb.id}: programs exist, imports are built-ins or files of the same folder (own or shared)`, async () => {
    const files = await sandboxFiles(sb);
    for (const p of sb.sandbox.programs) assert.ok(p.entry in files, `${p.entry} is missing`);
    for (const [file, text] of Object.entries(files).filter(([f]) => /^[^/]+\.m?js$/.test(f))) {
      for (const [, spec] of text.matchAll(/(?:^|\s)(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/gm)) {
        if (spec === undefined) continue;
        if (spec.startsWith('./')) assert.ok(spec.slice(2) in files, `${file} imports ${spec}, not in the folder nor in its "shared" list`);
        else assert.ok(spec.startsWith('node:') && builtinModules.includes(spec.slice(5)), `${file} imports ${spec}: use node: built-ins only`);
      }
    }
  });

  test(`${sb.id}: original.py holds only lines of the seed`, async () => {
    const file = join(sb.dir, 'original.py');
    const expected = ORIGINALS[sb.id];
    if (!existsSync(file)) {
      assert.equal(expected, undefined, 'original.py is missing');
      return;
    }
    const text = await readFile(file, 'utf8');
    if (expected) assert.equal(text, `${expected.map((r) => seedCode(seed, r)).join('\n\n')}\n`);
    for (const line of text.split('\n')) assert.ok(line === '' || seedLines.has(line), `not a seed line: ${line}`);
  });

  if (LOCAL_ONLY.has(sb.id)) {
    test(`${sb.id}: runs on the local runtime only`, () => assert.deepEqual(sb.sandbox.runtimes, ['local']));
  }
}

test('remote-command/big.txt is the 100 lines of §0.5 (5 400 bytes)', async () => {
  const big = await readFile(join(SANDBOXES_DIR, 'remote-command', 'big.txt'), 'utf8');
  const lines = Array.from({ length: 100 }, (_, i) => `line ${String(i + 1).padStart(3, '0')}: the quick brown fox jumps over the lazy dog\n`);
  assert.equal(big, lines.join(''));
  assert.equal(Buffer.byteLength(big), 5400);
});

test('every module of sandboxes/_shared/ is used, by more than one sandbox (else it belongs in that folder)', async () => {
  const library = (await readdir(join(SANDBOXES_DIR, SHARED_DIR))).filter((f) => /\.m?js$/.test(f));
  assert.ok(library.length > 0);
  for (const name of library) {
    const users = sandboxes.filter((sb) => sb.sandbox.shared.includes(name)).map((sb) => sb.id);
    assert.ok(users.length > 1, `${name} is listed by ${users.length === 0 ? 'no sandbox' : users.join(', ')} only`);
  }
});
