/**
 * `npm run transcripts [id …]`: record the first scenario of every sandbox (or of the given ids) and
 * write `sandboxes/<id>/transcript.json`. Refuses to record a scenario that fails.
 * A few sandboxes run at a time: timing demos must not be starved of CPU while being recorded.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { loadSandboxes, runScenario, type LoadedSandbox } from '../src/sandbox/scenario-runner.ts';
import { buildTranscript, serialiseTranscript, TRANSCRIPT_HEADER } from '../src/sandbox/transcript.ts';

const PARALLEL = 4;
const only = new Set(process.argv.slice(2));
const queue = (await loadSandboxes()).filter((sb) => only.size === 0 || only.has(sb.id));
let failed = 0;

async function record(sb: LoadedSandbox): Promise<void> {
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
}

await Promise.all(Array.from({ length: PARALLEL }, async () => {
  for (let sb = queue.shift(); sb; sb = queue.shift()) await record(sb);
}));
if (failed) process.exitCode = 1;
