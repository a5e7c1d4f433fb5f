/**
 * Every sandbox's scenarios against real Node (one test per scenario), and the stored transcripts:
 * the first scenario's recording, normalised, must equal `sandboxes/<id>/transcript.json` — its recorded
 * wire (socket sandboxes) in what does not depend on timing (`wireSignature`), all the rest exactly.
 * Scenarios run concurrently (each has its own PORT and temp dir).
 */
import { describe, test, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { cpus } from 'node:os';
import { loadSandboxes, runScenario } from '../../src/sandbox/scenario-runner.ts';
import { buildTranscript, serialiseTranscript, TRANSCRIPT_HEADER, wireSignature, withoutWire } from '../../src/sandbox/transcript.ts';
import type { Transcript } from '../../src/sandbox/transcript-types.ts';
import { groupAlive, startedGroups } from '../../src/sandbox/process-groups.ts';
import { waitUntil } from './wait-until.ts';

const sandboxes = await loadSandboxes();
// Mostly waiting on timers and sockets, so more scenarios than cores can run at once.
const concurrency = Math.max(4, cpus().length * 3);

describe('sandboxes', { concurrency }, () => {
  for (const sb of sandboxes) {
    sb.sandbox.scenarios.forEach((scenario, index) => {
      test(`${sb.id} › ${scenario.name}`, async () => {
        const { failures, recording } = await runScenario(sb, scenario);
        assert.equal(failures.length, 0, `${sb.id} › ${scenario.name}\n${failures.join('\n')}`);
        if (index !== 0) return;
        const fresh = buildTranscript(recording, TRANSCRIPT_HEADER, scenario.transcript ?? {});
        const file = join(sb.dir, 'transcript.json');
        const text = await readFile(file, 'utf8').catch(() => null);
        assert.ok(text !== null, `${file} is missing: run \`npm run transcripts\``);
        const stored = JSON.parse(text) as Transcript;
        const stale = `${file} is stale: run \`npm run transcripts\` and review the diff`;
        assert.equal(serialiseTranscript(withoutWire(fresh)), serialiseTranscript(withoutWire(stored)), stale);
        assert.deepEqual(wireSignature(fresh), wireSignature(stored), `${stale} (its wire)`);
        assert.equal(fresh.wire === undefined, stored.wire === undefined, `${stale} (wire recorded or not)`);
      });
    });
  }
});

after(async () => {
  // Every process group the runner started (programs and what they forked) must be gone.
  const left = await waitUntil(() => startedGroups().filter(groupAlive), (l) => l.length === 0, 5000);
  assert.deepEqual(left, [], `process groups left behind: ${left.join(', ')}`);
});
