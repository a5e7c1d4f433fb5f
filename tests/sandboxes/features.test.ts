/**
 * Every sandbox.json says which runtime features it relies on (`features`, see FEATURES in
 * src/sandbox/schema.ts), and the list agrees with what its programs actually use, so the
 * self-test page's skip reasons and the feature table cannot drift from the code.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { loadSandboxes, sandboxFiles } from '../../src/sandbox/scenario-runner.ts';
import { FEATURES, type Feature } from '../../src/sandbox/schema.ts';

/** How each feature shows in source; `real-processes` is a judgement no pattern can make. */
const USES: Partial<Record<Feature, RegExp>> = {
  net: /from ['"](node:)?net['"]/,
  dgram: /from ['"](node:)?dgram['"]/,
  dns: /from ['"](node:)?dns(\/promises)?['"]/,
  child_process: /from ['"](node:)?child_process['"]/,
  worker_threads: /from ['"](node:)?worker_threads['"]/,
  'shared-memory': /\bSharedArrayBuffer\b/,
  'atomics-wait': /\bAtomics\.wait\b/,
  stdin: /\bprocess\.stdin\b/,
  signals: /\.kill\(|process\.on\(['"]SIG/,
};

const sandboxes = await loadSandboxes();

for (const sb of sandboxes) {
  test(`${sb.id}: sandbox.json lists the features its programs use`, async () => {
    const raw = JSON.parse(await readFile(join(sb.dir, 'sandbox.json'), 'utf8')) as { features?: unknown };
    assert.ok(Array.isArray(raw.features), `${sb.id}/sandbox.json has no "features" list (say [] when it needs none)`);
    const code = Object.entries(await sandboxFiles(sb)).filter(([f]) => /\.m?js$/.test(f)).map(([, t]) => t).join('\n');
    const used = (Object.keys(USES) as Feature[]).filter((f) => USES[f]?.test(code));
    const declared = sb.sandbox.features.filter((f) => f in USES);
    assert.deepEqual([...declared].sort(), [...used].sort());
    for (const f of sb.sandbox.features) assert.ok(f in FEATURES);
  });
}

test('a feature WebContainers lack keeps a sandbox off the webcontainer runtime', () => {
  for (const sb of sandboxes) {
    const lacking = sb.sandbox.features.filter((f) => !FEATURES[f].webcontainer);
    if (lacking.length) assert.deepEqual(sb.sandbox.runtimes, ['local'], `${sb.id} needs ${lacking.join(', ')}`);
  }
  assert.ok(sandboxes.some((sb) => sb.sandbox.features.includes('dgram')), 'the UDP sandboxes declare dgram');
});
