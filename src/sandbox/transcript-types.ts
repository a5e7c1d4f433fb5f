/**
 * Shape of `sandboxes/<id>/transcript.json`, written by `npm run transcripts` (scripts/transcripts.ts)
 * from a sandbox's first scenario and shown by the page as a recording.
 *
 * Normalised so that it only changes when behaviour changes: pids become `<PID>`, ports `<PORT>`,
 * durations `<N>s`/`<N>ms`, temporary paths `<TMP>`; no timestamps.
 */
import type { WireEvent } from '../runtime/wire-extract.ts';

export interface TranscriptEvent {
  /** `start`: the program was started (args shown); `output`: text it printed (stdout and stderr, in order);
   * `input`: a line typed into it; `exit`: it ended. */
  kind: 'start' | 'output' | 'input' | 'exit';
  /** For output and input: the text, newlines included. */
  text?: string;
  /** For start: the extra command-line arguments. */
  args?: string[];
  /** For exit: the exit code, or null when a signal ended it. */
  code?: number | null;
  /** For exit: the signal that ended it, if any. */
  signal?: string | null;
}

export interface TranscriptProgram {
  /** The sandbox program name (`server`, `client`, …). A program started twice has two entries. */
  name: string;
  events: TranscriptEvent[];
}

/** A further recorded scenario (sandbox.json `"record": true`): only the programs no earlier recording has. */
export interface ExtraRecording {
  scenario: string;
  programs: TranscriptProgram[];
}

/**
 * One socket event of the recorded wire (wire-extract.ts `WireEvent` without time and pid), in time
 * order across programs. Ports are normalised: the scenario's PORT is `<PORT>`, other ports
 * `<P1>`, `<P2>`… in order of appearance; `conn` is the sorted pair of the normalised endpoints.
 */
export type TranscriptWireEvent = Omit<WireEvent, 't' | 'pid' | 'dropped'> & { program: string };

export interface Transcript {
  /** Says what generated the file and how to regenerate it. */
  generated: string;
  sandbox: string;
  /** Name of the scenario that was recorded. */
  scenario: string;
  programs: TranscriptProgram[];
  /** Recordings of later scenarios marked `record`, for programs the first scenario does not start
   * (the Python programs, which need a recording where they cannot run). Absent when there are none. */
  more?: ExtraRecording[];
  /** Socket sandboxes: what crossed the wire (the wire view shows it as a recording). */
  wire?: TranscriptWireEvent[];
}
