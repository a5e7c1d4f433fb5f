/**
 * The recorded wire of a transcript (transcript.json `wire`, written by the transcript recorder) as
 * diagram lanes and rows, for WireView.astro to render before anything runs. Pure.
 */
import type { Transcript } from '../../sandbox/transcript-types.ts';
import { createWireModel, laneLabel } from './wire-model.ts';
import { describeRow, type WireRow } from './wire-rows.ts';

export interface RecordedWire {
  lanes: { index: number; local: string; label: string; role: 'listen' | 'tcp' | 'udp' }[];
  rows: WireRow[];
}

/** Lanes and rows of the recorded wire; empty when the transcript has none. */
export function recordedWire(transcript: Transcript | undefined): RecordedWire {
  const model = createWireModel();
  const rows: WireRow[] = [];
  (transcript?.wire ?? []).forEach(({ program, ...event }, i) => {
    // A recording keeps the order, not the times: the time column numbers the events.
    const entry = model.add(program, { ...event, t: i });
    if (entry) rows.push({ ...describeRow(entry), time: `#${i + 1}` });
  });
  return { lanes: model.lanes.map((l) => ({ index: l.index, local: l.local, label: laneLabel(l), role: l.role })), rows };
}
