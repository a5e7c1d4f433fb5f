/**
 * Every sandbox's scenarios against real Node (one test per scenario), and the stored transcripts:
 * the first scenario's recording, normalised, must equal `sandboxes/<id>/transcript.json` — its recorded
 * wire (socket sandboxes) in what does not depend on timing (`wireSignature`), all the rest exactly — and
 * each scenario marked `record` must equal its entry under `more`. Scenarios that start a Python program
 * run where python3 exists and are skipped, with the reason printed, where it does not.
 * Scenarios run concurrently (each has its own PORT and temp dir).
 */
import { describe, test, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { cpus } from 'node:os';
import { loadSandboxes, runScenario } from '../../src/sandbox/scenario-runner.ts';
import { scenarioUsesPython } from '../../src/sandbox/schema.ts';
import { hostPython } from '../../src/server/runtime-python.ts';
import { buildExtraRecording, buildTranscript, recordedScenarios, serialiseTranscript, TRANSCRIPT_HEADER, wireSignature, withoutWire } from '../../src/sandbox/transcript.ts';
import type { Transcript } from '../../src/sandbox/transcript-types.ts';
import { groupAlive, startedGroups } from '../../src/sandbox/process-groups.ts';
import { waitUntil } from './wait-until.ts';

const sandboxes = await loadSandboxes();
// Mostly waiting on timers and sockets, so more scenarios than cores can run at once.
const concurrency = Math.max(4, cpus().length * 3);
const NO_PYTHON = 'python3 is not installed on this machine, so this scenario of a Python program cannot run here';
const python = hostPython();
if (!python) console.log(`# ${NO_PYTHON}: the scenarios that start a Python program are skipped`);

describe('sandboxes', { concurrency }, () => {
  for (const sb of sandboxes) {
    const recorded = new Map(recordedScenarios(sb.sandbox.scenarios).map((r) => [r.index, r.programs]));
    sb.sandbox.scenarios.forEach((scenario, index) => {
      const skip = !python && scenarioUsesPython(sb.sandbox.programs, scenario) ? NO_PYTHON : false;
      test(`${sb.id} › ${scenario.name}`, { skip }, async () => {
        const { failures, recording } = await runScenario(sb, scenario);
        assert.equal(failures.length, 0, `${sb.id} › ${scenario.name}\n${failures.join('\n')}`);
        const programs = recorded.get(index);
        if (!programs) return;
        const file = join(sb.dir, 'transcript.json');
        const text = await readFile(file, 'utf8').catch(() => null);
        assert.ok(text !== null, `${file} is missing: run \`npm run transcripts\``);
        const stale = `${file} is stale: run \`npm run transcripts\` and review the diff`;
        const stored = JSON.parse(text) as Transcript;
        if (index === 0) {
          const fresh = buildTranscript(recording, TRANSCRIPT_HEADER, scenario.transcript ?? {});
          const { more, ...main } = stored;
          assert.equal(serialiseTranscript(withoutWire(fresh)), serialiseTranscript(withoutWire(main)), stale);
          assert.deepEqual(wireSignature(fresh), wireSignature(main), `${stale} (its wire)`);
          assert.equal(fresh.wire === undefined, main.wire === undefined, `${stale} (wire recorded or not)`);
          // The file is exactly what the recorder writes (key order, indent), with `more` last.
          assert.equal(text, serialiseTranscript(more ? { ...main, more } : main), stale);
        } else {
          const fresh = buildExtraRecording(recording, programs, scenario.transcript ?? {});
          assert.deepEqual(stored.more?.find((m) => m.scenario === scenario.name), fresh, stale);
        }
      });
    });
  }
});

after(async () => {
  // Every process group the runner started (programs and what they forked) must be gone.
  const left = await waitUntil(() => startedGroups().filter(groupAlive), (l) => l.length === 0, 5000);
  assert.deepEqual(left, [], `process groups left behind: ${left.join(', ')}`);
});
