/**
 * The Python programs of the sandboxes (issue 18) are what they say they are: an `original` is the
 * notes' code exactly (the seed lines it names), a `corrected` copy differs from them and says how;
 * `original.py` stays the seed's verbatim. The scenarios that run them are in scenarios.test.ts.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { loadSandboxes, SANDBOXES_DIR } from '../../src/sandbox/scenario-runner.ts';
import { seedCode } from '../../src/content/seed.ts';
import { scenarioUsesPython } from '../../src/sandbox/schema.ts';

const seed = await readFile(join(SANDBOXES_DIR, '..', 'content', 'seed', 'notes.zh.md'), 'utf8');
const sandboxes = await loadSandboxes();
const python = sandboxes.flatMap((sb) => sb.sandbox.programs.filter((p) => p.language === 'python').map((p) => ({ sb, p })));

test('the sandboxes have Python programs, and each has a scenario', () => {
  assert.ok(python.length >= 10, `${python.length} Python programs`);
  for (const { sb, p } of python) {
    const runs = sb.sandbox.scenarios.some((s) => scenarioUsesPython([p], s));
    assert.ok(runs, `${sb.id} › ${p.name} has no scenario`);
  }
});

for (const { sb, p } of python) {
  test(`${sb.id} › ${p.name}: ${p.python?.kind} copy of seed lines ${p.python?.seed}`, async () => {
    assert.ok(p.python?.seed, 'names the seed lines it comes from');
    const code = await readFile(join(sb.dir, p.entry), 'utf8');
    const notes = seedCode(seed, p.python.seed);
    if (p.python.kind === 'original') assert.equal(code.trimEnd(), notes.trimEnd(), `${p.entry} must be the notes' code as written`);
    else {
      assert.notEqual(code.trimEnd(), notes.trimEnd(), `${p.entry} is marked corrected but equals the notes`);
      assert.ok(p.python.changes?.zh && p.python.changes.en, 'says what changed, in both languages');
    }
  });
}
