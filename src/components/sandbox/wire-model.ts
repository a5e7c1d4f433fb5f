/**
 * The wire view's model: socket events from every program of a sandbox, one lane per socket end,
 * the peer lane of each write/send (so the diagram draws an arrow), and a cap on how many events are
 * kept. Pure (no DOM): unit-tested in Node, used by wire-view.ts in the page and by WireView.astro
 * for the recorded wire.
 */
import type { WireDropped, WireEvent } from '../../runtime/wire-extract.ts';

/** One socket end: a listening socket, a connected TCP socket, or a UDP socket. */
export interface WireLane {
  index: number;
  program: string;
  /** This end's `addr:port` (for a listening socket, the address it listens on). */
  local: string;
  role: 'listen' | 'tcp' | 'udp';
}

/** An event placed in the diagram. */
export interface WireEntry {
  seq: number;
  program: string;
  event: WireEvent;
  lane: WireLane;
  /** Where a write/send goes: the receiving end's lane, when it has been seen. */
  peer: WireLane | undefined;
  /** Milliseconds since the first event. */
  at: number;
}

export interface WireModel {
  /** Add one event reported by `program`; returns where it goes (null for the probe's drop count). */
  add(program: string, event: WireEvent | WireDropped): WireEntry | null;
  /** Forget everything (Clear). */
  clear(): void;
  readonly lanes: readonly WireLane[];
  /** Kept entries, oldest first (at most `cap`). */
  readonly entries: readonly WireEntry[];
  /** Events not kept: dropped by the cap here plus those the probe dropped. */
  readonly dropped: number;
}

/** How many events the view keeps. */
export const WIRE_CAP = 2000;

/** Create a model that keeps the last `cap` events. */
export function createWireModel(cap = WIRE_CAP): WireModel {
  let lanes: WireLane[] = [];
  let byKey = new Map<string, WireLane>();
  let entries: WireEntry[] = [];
  let dropped = 0;
  let seq = 0;
  let t0: number | undefined;

  const lane = (key: string, program: string, local: string, role: WireLane['role']): WireLane => {
    let found = byKey.get(key);
    if (!found) {
      found = { index: lanes.length, program, local, role };
      lanes.push(found);
      byKey.set(key, found);
    } else if (found.program === '?' && program !== '?') found.program = program; // a UDP receiver first seen as a send's target
    return found;
  };
  const laneOf = (program: string, ev: WireEvent): WireLane => {
    const who = `${program}#${ev.pid ?? ''}`;
    if (ev.k === 'listen' && ev.p === 'tcp') return lane(`L ${who} ${ev.l ?? ''}`, program, ev.l ?? '', 'listen');
    if (ev.p === 'tcp') {
      if (ev.l && ev.r) return lane(`T ${ev.l}>${ev.r}`, program, ev.l, 'tcp');
      return lane(`T ${who} ?`, program, '', 'tcp'); // an error before connecting
    }
    if (ev.l) return lane(`U ${ev.l}`, program, ev.l, 'udp');
    // close/error carry no address: the program's latest UDP socket
    const last = [...lanes].reverse().find((l) => l.role === 'udp' && l.program === program);
    return last ?? lane(`U ${who} ?`, program, '', 'udp');
  };
  const peerOf = (ev: WireEvent): WireLane | undefined => {
    if (!ev.l || !ev.r) return undefined;
    if (ev.k === 'write') return byKey.get(`T ${ev.r}>${ev.l}`);
    if (ev.k === 'send') return byKey.get(`U ${ev.r}`);
    return undefined;
  };

  return {
    add(program, event) {
      if (event.k === 'dropped') {
        dropped += event.dropped;
        return null;
      }
      t0 ??= event.t;
      const laneFor = laneOf(program, event);
      // The receiver of a UDP datagram may only appear with its first 'message': make its lane now.
      if (event.k === 'send' && event.r && !byKey.has(`U ${event.r}`)) lane(`U ${event.r}`, '?', event.r, 'udp');
      const entry: WireEntry = { seq: seq++, program, event, lane: laneFor, peer: peerOf(event), at: event.t - t0 };
      entries.push(entry);
      dropped += event.dropped ?? 0;
      if (entries.length > cap) {
        const extra = entries.length - cap;
        entries = entries.slice(extra);
        dropped += extra;
      }
      return entry;
    },
    clear() {
      lanes = [];
      byKey = new Map();
      entries = [];
      dropped = 0;
      t0 = undefined;
    },
    get lanes() { return lanes; },
    get entries() { return entries; },
    get dropped() { return dropped; },
  };
}

/** The bytes of a hex preview. */
export function hexBytes(hex: string): Uint8Array {
  const out = new Uint8Array(Math.floor(hex.length / 2));
  for (let i = 0; i < out.length; i++) out[i] = parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  return out;
}

/** A text preview of the first bytes: UTF-8, newlines as ⏎, other control characters as `·`, `…` when cut. */
export function textPreview(event: WireEvent): string {
  const bytes = hexBytes(event.h ?? '');
  const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes).replace(/\uFFFD+$/, '');
  const shown = text.replace(/\r?\n/g, '⏎').replace(/[\x00-\x1f\x7f]/g, '·');
  return (event.n ?? 0) > bytes.length ? `${shown}…` : shown;
}

/** The hex preview, grouped in bytes: `68 65 6c`. */
export function hexPreview(event: WireEvent): string {
  const pairs = (event.h ?? '').match(/../g) ?? [];
  return pairs.join(' ') + ((event.n ?? 0) > pairs.length ? ' …' : '');
}

/** A lane's short label: `server :8080`, `client :41234`. */
export function laneLabel(lane: WireLane): string {
  const port = lane.local.split(':').pop();
  return lane.local ? `${lane.program} :${port}` : lane.program;
}
