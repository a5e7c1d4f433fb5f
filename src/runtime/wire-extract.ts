/**
 * Takes the wire probe's frames (`ESC ] 7717 ; <json> BEL`, see wire-probe-source.ts) out of a
 * program's output stream, also when a chunk boundary falls inside a frame, and hands them on as
 * {@link WireEvent}s. Pure (no DOM, no Node): used by the terminal layer (program-controller.ts) and
 * by the scenario runner (scenario-core.ts), so scenarios and transcripts see the program's own text.
 *
 * Malformed frames: the payload is printable ASCII JSON (the probe writes nothing else), so a frame
 * that meets any other character before its BEL, grows past {@link MAX_FRAME} characters, or does not
 * parse is broken (e.g. cut by the runtime's output budget). Its prefix is dropped and counted
 * (`malformed`); what follows is shown as text. A lone ESC or another escape sequence passes through.
 */

/** Kinds of wire events (the `data-kind` hook). */
export type WireKind = 'listen' | 'connect' | 'accept' | 'write' | 'data' | 'end' | 'close' | 'send' | 'message' | 'error';

/** A frame that is not an event: the probe says it dropped `dropped` events (rate limit). */
export interface WireDropped {
  k: 'dropped';
  t: number;
  dropped: number;
  pid?: number;
}

/** One socket event, as the probe reports it. */
export interface WireEvent {
  k: WireKind;
  /** `tcp` or `udp`. */
  p: 'tcp' | 'udp';
  /** Epoch milliseconds (fractional). */
  t: number;
  pid?: number;
  /** Connection id: the sorted pair of endpoints, the same at both ends. */
  conn?: string;
  /** This socket's `addr:port`. */
  l?: string;
  /** The peer's `addr:port`. */
  r?: string;
  /** Bytes written / delivered. */
  n?: number;
  /** Hex of the first bytes (preview). */
  h?: string;
  /** For `end`: FIN sent (`out`) or received (`in`). */
  dir?: 'in' | 'out';
  /** For `error`: the error code. */
  code?: string;
  /** Events the probe dropped (rate limit) just before this one. */
  dropped?: number;
}

const START = '\x1b]7717;';
/** Longest payload accepted; the probe's frames stay far below. */
export const MAX_FRAME = 2048;
const KINDS = new Set<string>(['listen', 'connect', 'accept', 'write', 'data', 'end', 'close', 'send', 'message', 'error']);

/** Parse one frame payload; null when it is not a wire event. */
export function parseWireEvent(json: string): WireEvent | WireDropped | null {
  try {
    const v = JSON.parse(json) as Partial<WireEvent> | Partial<WireDropped> | null;
    if (!v || typeof v !== 'object' || typeof v.t !== 'number') return null;
    if (v.k === 'dropped') return typeof v.dropped === 'number' ? (v as WireDropped) : null;
    if (typeof v.k !== 'string' || !KINDS.has(v.k)) return null;
    if (!('p' in v) || (v.p !== 'tcp' && v.p !== 'udp')) return null;
    return v as WireEvent;
  } catch {
    return null;
  }
}

export interface WireExtractor {
  /** Output text in; the text without frames out (a possible frame start at the end is held back). */
  push(chunk: string): string;
  /** End of stream: returns what was held back (an unfinished frame is dropped as malformed). */
  flush(): string;
  /** Frames dropped as malformed so far. */
  readonly malformed: number;
}

/** Create an extractor that calls `onEvent` for every complete frame, in stream order. */
export function createWireExtractor(onEvent: (event: WireEvent | WireDropped) => void): WireExtractor {
  let held = '';
  let malformed = 0;
  const push = (chunk: string): string => {
    let text = held + chunk;
    held = '';
    let out = '';
    for (;;) {
      const at = text.indexOf('\x1b');
      if (at < 0) return out + text;
      out += text.slice(0, at);
      text = text.slice(at);
      // Not (yet) known to be one of ours: a prefix of START at the very end waits for more.
      if (!text.startsWith(START)) {
        if (START.startsWith(text)) { held = text; return out; }
        out += '\x1b';
        text = text.slice(1);
        continue;
      }
      let i = START.length;
      while (i < text.length && i - START.length <= MAX_FRAME) {
        const c = text.charCodeAt(i);
        if (c === 7 || c < 0x20 || c > 0x7e) break;
        i++;
      }
      if (i >= text.length && i - START.length <= MAX_FRAME) { held = text; return out; }
      if (text.charCodeAt(i) === 7) {
        const ev = parseWireEvent(text.slice(START.length, i));
        if (ev) onEvent(ev);
        else malformed++;
        text = text.slice(i + 1);
      } else {
        malformed++;
        text = text.slice(i); // the character that broke the frame is program text again
      }
    }
  };
  return {
    push,
    flush() {
      const rest = held;
      held = '';
      if (rest.startsWith(START)) { malformed++; return ''; }
      return rest;
    },
    get malformed() { return malformed; },
  };
}
