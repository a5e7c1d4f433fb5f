/**
 * Shapes a recorded transcript for display: one block per program panel, each run as a list
 * of segments (the command line, output, typed input, the exit). Pure, used at build time.
 */
import type { Transcript } from '../../sandbox/transcript-types.ts';

export type RecordedSegment =
  | { kind: 'command'; text: string }
  | { kind: 'output'; text: string }
  | { kind: 'input'; text: string }
  | { kind: 'exit'; code: number | null; signal: string | null };

/** Everything recorded for one program: usually one run, two when the scenario started it twice. */
export type RecordedRuns = RecordedSegment[][];

/**
 * Group `transcript` by program name. `entries` maps each program name to the command it runs
 * (`node server.js --flag`), used for the command line of each recorded run.
 */
export function recordedRuns(transcript: Transcript | undefined, commands: Record<string, string>): Map<string, RecordedRuns> {
  const byProgram = new Map<string, RecordedRuns>();
  if (!transcript) return byProgram;
  // The first scenario, then the further recorded ones (Python programs' runs, under `more`).
  for (const prog of [...transcript.programs, ...(transcript.more ?? []).flatMap((m) => m.programs)]) {
    const run: RecordedSegment[] = [];
    for (const ev of prog.events) {
      if (ev.kind === 'start') {
        const extra = ev.args && ev.args.length > 0 ? ` ${ev.args.join(' ')}` : '';
        run.push({ kind: 'command', text: `$ ${commands[prog.name] ?? `node ${prog.name}`}${extra}` });
      } else if (ev.kind === 'output' || ev.kind === 'input') {
        const last = run.at(-1);
        // Consecutive output events read as one stream.
        if (last && last.kind === ev.kind) last.text += ev.text ?? '';
        else run.push({ kind: ev.kind, text: ev.text ?? '' });
      } else {
        run.push({ kind: 'exit', code: ev.code ?? null, signal: ev.signal ?? null });
      }
    }
    const runs = byProgram.get(prog.name) ?? [];
    runs.push(run);
    byProgram.set(prog.name, runs);
  }
  return byProgram;
}
