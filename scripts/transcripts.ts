/**
 * `npm run transcripts [id …]`: record the first scenario of every sandbox (or of the given ids) and
 * write `sandboxes/<id>/transcript.json`. Refuses to record a scenario that fails.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { loadSandboxes, runScenario } from '../src/sandbox/scenario-runner.ts';
import { buildTranscript, serialiseTranscript, TRANSCRIPT_HEADER } from '../src/sandbox/transcript.ts';

const only = new Set(process.argv.slice(2));
const all = (await loadSandboxes()).filter((sb) => only.size === 0 || only.has(sb.id));
let failed = 0;
await Promise.all(all.map(async (sb) => {
  const scenario = sb.sandbox.scenarios[0];
  if (!scenario) return;
  const { failures, recording } = await runScenario(sb, scenario);
  if (failures.length) {
    failed++;
    console.error(`✗ ${sb.id} › ${scenario.name}\n${failures.join('\n')}`);
    return;
  }
  const transcript = buildTranscript(recording, TRANSCRIPT_HEADER, scenario.transcript ?? {});
  await writeFile(join(sb.dir, 'transcript.json'), serialiseTranscript(transcript));
  console.log(`✓ ${sb.id} › ${scenario.name}`);
}));
if (failed) process.exitCode = 1;
