/**
 * What one row of the wire diagram shows, as data: which lane columns it spans, which way an arrow
 * points, its labels. Pure, so the live view (wire-view.ts) and the server-rendered recording
 * (WireView.astro) draw the same rows.
 */
import type { Bilingual } from '../../sandbox/schema.ts';
import { hexPreview, laneLabel, textPreview, type WireEntry } from './wire-model.ts';
import { bytesText, kindText } from './wire-messages.ts';

export interface WireRow {
  kind: string;
  program: string;
  conn: string;
  bytes: string;
  /** `grid-column` of the mark (column 1 is the time). */
  column: string;
  shape: 'arrow' | 'box' | 'tag';
  dir: 'right' | 'left' | '';
  time: string;
  /** `client :41234 → server :8080` (shown instead of lanes on a narrow screen, and in the table). */
  who: string;
  label: Bilingual;
  size: string;
  text: string;
  hex: string;
}

/** Describe one entry. */
export function describeRow(entry: WireEntry): WireRow {
  const ev = entry.event;
  const from = entry.lane.index;
  const to = entry.peer?.index;
  const carries = ev.k === 'write' || ev.k === 'send' || ev.k === 'data' || ev.k === 'message';
  let column = `${from + 2}`;
  let shape: WireRow['shape'] = ev.k === 'data' || ev.k === 'message' ? 'box' : 'tag';
  let dir: WireRow['dir'] = '';
  if ((ev.k === 'write' || ev.k === 'send') && to !== undefined && to !== from) {
    shape = 'arrow';
    dir = to > from ? 'right' : 'left';
    column = `${Math.min(from, to) + 2} / ${Math.max(from, to) + 3}`;
  }
  const me = laneLabel(entry.lane);
  const peer = entry.peer ? laneLabel(entry.peer) : ev.r ? `:${ev.r.split(':').pop()}` : '';
  const who = ev.k === 'data' || ev.k === 'message' ? `${me} ← ${peer || '?'}` : peer && ev.k !== 'listen' ? `${me} → ${peer}` : me;
  return {
    kind: ev.k,
    program: entry.program,
    conn: ev.conn ?? '',
    bytes: ev.n === undefined ? '' : String(ev.n),
    column,
    shape,
    dir,
    time: `${entry.at < 10_000 ? entry.at.toFixed(1) : Math.round(entry.at)} ms`,
    who,
    label: kindText(ev),
    size: bytesText(ev.n),
    text: carries ? `“${textPreview(ev)}”` : ev.k === 'listen' ? (ev.l ?? '') : '',
    hex: carries ? hexPreview(ev) : '',
  };
}
