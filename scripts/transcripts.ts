/**
 * `npm run transcripts [id …]`: record the first scenario of every sandbox (or of the given ids), and
 * the scenarios marked `"record": true` (under `more`, for programs the first one does not start), and
 * write `sandboxes/<id>/transcript.json`. Refuses to record a scenario that fails. A scenario that
 * needs python3 on a machine without it keeps its stored recording, and says so.
 * A few sandboxes run at a time: timing demos must not be starved of CPU while being recorded.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { loadSandboxes, runScenario, type LoadedSandbox } from '../src/sandbox/scenario-runner.ts';
import { scenarioUsesPython } from '../src/sandbox/schema.ts';
import { hostPython } from '../src/server/runtime-python.ts';
import { buildExtraRecording, buildTranscript, recordedScenarios, serialiseTranscript, TRANSCRIPT_HEADER } from '../src/sandbox/transcript.ts';
import type { ExtraRecording, Transcript } from '../src/sandbox/transcript-types.ts';

const PARALLEL = 4;
const only = new Set(process.argv.slice(2));
const queue = (await loadSandboxes()).filter((sb) => only.size === 0 || only.has(sb.id));
let failed = 0;

async function record(sb: LoadedSandbox): Promise<void> {
  const file = join(sb.dir, 'transcript.json');
  const stored = await readFile(file, 'utf8').then((t) => JSON.parse(t) as Transcript, () => undefined);
  let transcript: Transcript | undefined;
  const more: ExtraRecording[] = [];
  for (const { scenario, index, programs } of recordedScenarios(sb.sandbox.scenarios)) {
    if (scenarioUsesPython(sb.sandbox.programs, scenario) && !hostPython()) {
      console.warn(`- ${sb.id} › ${scenario.name}: not recorded, python3 is not installed here (the stored recording is kept)`);
      const kept = index === 0 ? undefined : stored?.more?.find((m) => m.scenario === scenario.name);
      if (index === 0) return;
      if (kept) more.push(kept);
      continue;
    }
    const { failures, recording } = await runScenario(sb, scenario);
    if (failures.length) {
      failed++;
      console.error(`✗ ${sb.id} › ${scenario.name}\n${failures.join('\n')}`);
      return;
    }
    if (index === 0) transcript = buildTranscript(recording, TRANSCRIPT_HEADER, scenario.transcript ?? {});
    else more.push(buildExtraRecording(recording, programs, scenario.transcript ?? {}));
    console.log(`✓ ${sb.id} › ${scenario.name}`);
  }
  if (!transcript) return;
  await writeFile(file, serialiseTranscript(more.length ? { ...transcript, more } : transcript));
}

await Promise.all(Array.from({ length: PARALLEL }, async () => {
  for (let sb = queue.shift(); sb; sb = queue.shift()) await record(sb);
}));
if (failed) process.exitCode = 1;
