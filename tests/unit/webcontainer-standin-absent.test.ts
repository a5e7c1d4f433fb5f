/**
 * The WebContainer stand-in is test code: the published builds (dist/ for `npm start`, dist-pages/
 * for GitHub Pages) must bundle the real `@webcontainer/api` and never the stand-in. `npm test`
 * builds both before the Node tests run; a build that is not there is reported, not passed.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { STANDIN_MARKER } from '../webcontainer-standin/quirks.ts';

const ROOT = join(import.meta.dirname, '..', '..');
/** A message only the real package's code contains. */
const REAL_MARKER = 'Only a single WebContainer instance can be booted';

function scripts(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...scripts(path));
    else if (entry.name.endsWith('.js')) out.push(path);
  }
  return out;
}

function holding(dist: string, marker: string): string[] {
  return scripts(join(ROOT, dist)).filter((file) => readFileSync(file, 'utf8').includes(marker));
}

test('the markers tell the two apart: the real package has its own, the stand-in carries STANDIN_MARKER', () => {
  assert.ok(readFileSync(join(ROOT, 'node_modules/@webcontainer/api/dist/index.js'), 'utf8').includes(REAL_MARKER));
  const standin = readFileSync(join(ROOT, 'tests/webcontainer-standin/index.ts'), 'utf8') + readFileSync(join(ROOT, 'tests/webcontainer-standin/quirks.ts'), 'utf8');
  assert.ok(standin.includes('STANDIN_MARKER') && !standin.includes(REAL_MARKER));
});

for (const dist of ['dist', 'dist-pages']) {
  const built = existsSync(join(ROOT, dist, 'index.html'));
  test(`${dist}/ bundles the real @webcontainer/api and not the stand-in`, { skip: built ? false : `${dist}/ is not built (npm test builds it first)` }, () => {
    assert.deepEqual(holding(dist, STANDIN_MARKER), [], `the stand-in is in ${dist}/`);
    assert.ok(holding(dist, REAL_MARKER).length > 0, `the real package is missing from ${dist}/`);
  });
}

const standinBuilt = existsSync(join(ROOT, 'dist-standin', 'index.html'));
test('dist-standin/ (the test build) does carry the stand-in, so the check above can see it', { skip: standinBuilt ? false : 'dist-standin/ is not built (npm test builds it first)' }, () => {
  assert.ok(holding('dist-standin', STANDIN_MARKER).length > 0);
  assert.deepEqual(holding('dist-standin', REAL_MARKER), []);
});
