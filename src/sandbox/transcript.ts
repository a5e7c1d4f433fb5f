/**
 * Turning a scenario recording into a stable `transcript.json` (shape: transcript-types.ts).
 * Pure: the scenario runner produces a `Recording`, this module builds and normalises it.
 *
 * Normalising, so that a transcript only changes when behaviour changes:
 * - temporary paths → `<TMP>`; the scenario's pids → `<PID>`, and any number after `pid`/`ppid`/`进程号`;
 * - the scenario's PORT and any port after `127.0.0.1:` / `('127.0.0.1', ` / `localhost:` → `<PORT>`
 *   (client ports are ephemeral);
 * - durations (`1.02s`, `35 ms`, `3.0秒`) → `<N>s`, `<N> ms`, `<N>秒` — but not `<1s` / `>=1s`, which are labels;
 * - a scenario's own `transcript.replace` rules, then its `transcript.sortLines` rules: for output whose
 *   line order legitimately varies (several processes printing at once), the matching lines of each
 *   output stretch are sorted in place (by code unit), so every run stores the same order;
 * - chunk boundaries are meaningless (a pipe splits output anywhere), so consecutive output events of
 *   a program are merged into one; stdout and stderr are merged in arrival order, like a terminal.
 */
import type { ExtraRecording, Transcript, TranscriptEvent, TranscriptProgram, TranscriptWireEvent } from './transcript-types.ts';
import { compileMatcher } from './scenario-match.ts';
import type { WireEvent } from '../runtime/wire-extract.ts';

/** One thing that happened to a program instance during a scenario, `at` ms after the scenario began. */
export interface RecordedEvent {
  kind: 'start' | 'output' | 'input' | 'exit';
  at: number;
  text?: string;
  stream?: 'stdout' | 'stderr';
  args?: string[];
  code?: number | null;
  signal?: string | null;
}

/** One started program (a program started twice is two instances). */
export interface RecordedInstance {
  /** The instance id used by steps: the program name, or the step's `as`. */
  id: string;
  /** The sandbox program name. */
  program: string;
  /** Arguments after the entry file (program args + step args). */
  args: string[];
  pid: number | undefined;
  events: RecordedEvent[];
  /** Everything printed (stdout and stderr in arrival order). */
  output: string;
  startedAt: number;
  /** When the process exited, if it did. */
  exitedAt: number | undefined;
  /** Socket events the wire probe reported (socket sandboxes only). */
  wire?: WireEvent[];
}

export interface Recording {
  sandbox: string;
  scenario: string;
  /** The PORT given to the programs. */
  port: number;
  /** Folder the programs ran in. */
  tmpDir: string;
  instances: RecordedInstance[];
}

/** What to replace beyond the scenario-independent rules. */
export interface NormaliseContext {
  ports: readonly number[];
  pids: readonly number[];
  tmpDirs: readonly string[];
  /** Extra `[RegExp source, replacement]` rules (scenario `transcript.replace`). */
  replace?: readonly { pattern: string; with: string }[];
}

/** Scenario options for transcripts (scenario `transcript` in sandbox.json). */
export interface TranscriptRules {
  replace?: readonly { pattern: string; with: string }[];
  sortLines?: readonly { of: string; match?: string | undefined }[];
}

/** Apply every normalising rule to a piece of output. */
export function normaliseText(text: string, ctx: NormaliseContext): string {
  let out = text;
  for (const dir of [...ctx.tmpDirs].sort((a, b) => b.length - a.length)) {
    if (dir) out = out.split(dir).join('<TMP>');
  }
  for (const pid of ctx.pids) out = out.replace(new RegExp(`(?<![\\w.])${pid}(?![\\w.])`, 'g'), '<PID>');
  for (const port of ctx.ports) out = out.replace(new RegExp(`(?<![\\w.])${port}(?![\\w.])`, 'g'), '<PORT>');
  out = out
    .replace(/(\b(?:pid|ppid)\b\s*[=:：]?\s*|进程号\s*[=:：]?\s*)\d+/gi, '$1<PID>')
    .replace(/(127\.0\.0\.1|localhost|::1)('?,\s*|:)\d{1,5}(?!\d)/g, '$1$2<PORT>')
    .replace(/(?<![\w.<>=])\d+(?:\.\d+)?(?=\s?(?:ms|s|毫秒|秒)(?![A-Za-z]))/g, '<N>');
  for (const rule of ctx.replace ?? []) out = out.replace(new RegExp(rule.pattern, 'g'), rule.with);
  return out;
}

/** The normalising context of a recording. */
export function recordingContext(rec: Recording, rules: TranscriptRules = {}): NormaliseContext {
  return {
    ports: [rec.port],
    pids: rec.instances.map((i) => i.pid).filter((p): p is number => p !== undefined),
    tmpDirs: [rec.tmpDir],
    replace: rules.replace ?? [],
  };
}

/** Sort, in place among the positions they occupy, the lines of `text` that `match` accepts (all when absent). */
export function sortMatchingLines(text: string, match?: string): string {
  const test = match === undefined ? () => true : compileMatcher(match).test;
  const lines = text.split('\n');
  const last = lines.length - 1; // an unfinished last line (a prompt) stays where it is
  const picked = lines.map((l, i) => (i < last && l.trim() !== '' && test(l) ? i : -1)).filter((i) => i >= 0);
  const sorted = picked.map((i) => lines[i] ?? '').sort();
  picked.forEach((pos, k) => { lines[pos] = sorted[k] ?? ''; });
  return lines.join('\n');
}

/** Merge consecutive output events and drop empty ones. */
export function mergeOutput(events: readonly RecordedEvent[]): RecordedEvent[] {
  const out: RecordedEvent[] = [];
  for (const ev of events) {
    const prev = out[out.length - 1];
    if (ev.kind === 'output') {
      if (!ev.text) continue;
      if (prev?.kind === 'output') {
        out[out.length - 1] = { ...prev, text: (prev.text ?? '') + ev.text };
        continue;
      }
    }
    out.push(ev);
  }
  return out;
}

function toTranscriptEvent(ev: RecordedEvent, normalise: (t: string) => string): TranscriptEvent {
  switch (ev.kind) {
    case 'start': return { kind: 'start', args: ev.args ?? [] };
    case 'exit': return { kind: 'exit', code: ev.code ?? null, signal: ev.signal ?? null };
    default: return { kind: ev.kind, text: normalise(ev.text ?? '') };
  }
}

/**
 * Build the transcript of a recording.
 * @param generated the header that says what generated the file and how to regenerate it
 */
export function buildTranscript(rec: Recording, generated: string, rules: TranscriptRules = {}): Transcript {
  const ctx = recordingContext(rec, rules);
  const programs: TranscriptProgram[] = rec.instances.map((inst) => {
    const sorts = (rules.sortLines ?? []).filter((s) => s.of === inst.id);
    const normalise = (text: string) => sorts.reduce((t, s) => sortMatchingLines(t, s.match), normaliseText(text, ctx));
    return { name: inst.program, events: mergeOutput(inst.events).map((ev) => toTranscriptEvent(ev, normalise)) };
  });
  const wire = recordedWire(rec, (text) => normaliseText(text, ctx));
  return { generated, sandbox: rec.sandbox, scenario: rec.scenario, programs, ...(wire.length > 0 ? { wire } : {}) };
}

/** Hex of UTF-8 text. */
function toHex(text: string): string {
  return [...new TextEncoder().encode(text)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * The wire events of every instance in time order, without times and pids, ports normalised
 * (see TranscriptWireEvent); a preview that shows a pid, port or temp path is normalised like output.
 */
export function recordedWire(rec: Recording, normalise: (text: string) => string): TranscriptWireEvent[] {
  const all = rec.instances.flatMap((inst) => (inst.wire ?? []).map((ev) => ({ program: inst.program, ev })));
  all.sort((a, b) => a.ev.t - b.ev.t);
  const ports = new Map<string, string>([[String(rec.port), '<PORT>']]);
  const endpoint = (e: string | undefined): string | undefined => {
    if (!e) return e;
    const cut = e.lastIndexOf(':');
    const port = e.slice(cut + 1);
    if (!ports.has(port)) ports.set(port, `<P${ports.size}>`);
    return `${e.slice(0, cut)}:${ports.get(port)}`;
  };
  return all.map(({ program, ev }) => {
    const out: TranscriptWireEvent = { program, k: ev.k, p: ev.p };
    const l = endpoint(ev.l);
    const r = endpoint(ev.r);
    if (l && r) out.conn = [l, r].sort().join(' ');
    if (l) out.l = l;
    if (r) out.r = r;
    if (ev.n !== undefined) out.n = ev.n;
    if (ev.h !== undefined) {
      const text = new TextDecoder().decode(Uint8Array.from(ev.h.match(/../g) ?? [], (x) => parseInt(x, 16)));
      const shown = normalise(text);
      out.h = shown === text ? ev.h : toHex(shown).slice(0, ev.h.length);
    }
    if (ev.dir) out.dir = ev.dir;
    if (ev.code) out.code = ev.code;
    return out;
  });
}

/**
 * The scenarios recorded into a sandbox's transcript.json: the first, then each marked `record`,
 * each with the programs it contributes (those no earlier recorded scenario starts). Static: read
 * from the steps, so each part can be checked on its own.
 */
export function recordedScenarios<S extends { record?: boolean | undefined; steps: readonly object[] }>(scenarios: readonly S[]): { scenario: S; index: number; programs: Set<string> }[] {
  const seen = new Set<string>();
  const out: { scenario: S; index: number; programs: Set<string> }[] = [];
  scenarios.forEach((scenario, index) => {
    if (index !== 0 && !scenario.record) return;
    const programs = new Set<string>();
    for (const step of scenario.steps) {
      const start = (step as { start?: unknown }).start;
      if (typeof start === 'string' && !seen.has(start)) programs.add(start);
    }
    for (const p of programs) seen.add(p);
    out.push({ scenario, index, programs });
  });
  return out;
}

/** The part of a further recorded scenario that transcript.json keeps: the instances of `programs`. */
export function buildExtraRecording(rec: Recording, programs: ReadonlySet<string>, rules: TranscriptRules = {}): ExtraRecording {
  const t = buildTranscript({ ...rec, instances: rec.instances.filter((i) => programs.has(i.program)) }, '', rules);
  return { scenario: t.scenario, programs: t.programs };
}

/** The `generated` header of every transcript.json. */
export const TRANSCRIPT_HEADER =
  'Generated by `npm run transcripts` (scripts/transcripts.ts) from the first scenario in sandbox.json. Do not edit: run `npm run transcripts` to regenerate.';

/** Serialise a transcript the way it is stored (stable key order, 2-space indent, final newline). */
export function serialiseTranscript(t: Transcript): string {
  return `${JSON.stringify(t, null, 2)}\n`;
}

/** A transcript without its recorded wire: the part whose text must match a fresh recording exactly. */
export function withoutWire(t: Transcript): Transcript {
  const { wire: _wire, ...rest } = t;
  return rest;
}

/**
 * What of a recorded wire must be the same on every run: each program's writes, sends and listens
 * with their byte counts (sorted). Left out, because they vary with timing and not with the program:
 * the order of events of different processes, how the kernel chunks deliveries, and the closes of a
 * program that the scenario stops.
 */
export function wireSignature(t: Transcript): string[] {
  return (t.wire ?? [])
    .filter((e) => e.k === 'write' || e.k === 'send' || e.k === 'listen')
    .map((e) => `${e.program} ${e.k} ${e.n ?? ''}`)
    .sort();
}
