/**
 * The local runtime's wire protocol: JSON text frames over one WebSocket at `<base>__runtime`.
 * Shared by the browser client (`local-runtime.ts`) and the Node host (`src/server/runtime-host.ts`),
 * so it must stay free of DOM and Node imports.
 *
 * Page → host (every request carries an `id` the page chooses, unique per connection; the `id` of a
 * `spawn` also names that process in every later message about it):
 * - `{ type: 'mount', id, dir, files }` — write `files` (relative path → UTF-8 text) under `dir`.
 * - `{ type: 'spawn', id, command: 'node' | 'python3', args, cwd, env?, cols?, rows? }` — start a program;
 *   no other command is accepted (`python3` is refused by a host whose machine has none).
 * - `{ type: 'input', id, data }` — write to the program's stdin; `{ type: 'input', id, eof: true }` closes it.
 * - `{ type: 'resize', id, cols, rows }` — accepted and ignored: programs get pipes, not a terminal.
 * - `{ type: 'kill', id, signal }` — `SIGTERM` (then `SIGKILL` after a grace period) or `SIGINT`,
 *   sent to the program's whole process group.
 *
 * Host → page:
 * - `{ type: 'ok', id, pid? }` — a `mount` or `spawn` succeeded (`pid` for a spawn).
 * - `{ type: 'output', id, data }` — stdout and stderr, interleaved, as UTF-8 text with bare `\n`.
 * - `{ type: 'exit', id, code }` — the program ended; a signal gives 128 + its number (SIGTERM → 143).
 * - `{ type: 'error', id?, message }` — a request was refused (e.g. the process cap); without `id`,
 *   the frame itself was unreadable.
 */

import type { ProgramCommand } from './types.ts';

/** The only commands a host runs. */
export const WIRE_COMMANDS: readonly ProgramCommand[] = ['node', 'python3'];

/** Signals the page may send. */
export type WireSignal = 'SIGTERM' | 'SIGINT';

export type ClientMessage =
  | { type: 'mount'; id: number; dir: string; files: Record<string, string> }
  | {
      type: 'spawn';
      id: number;
      command: ProgramCommand;
      args: string[];
      cwd: string;
      env: Record<string, string>;
      cols?: number;
      rows?: number;
    }
  | { type: 'input'; id: number; data: string }
  | { type: 'input'; id: number; eof: true }
  | { type: 'resize'; id: number; cols: number; rows: number }
  | { type: 'kill'; id: number; signal: WireSignal };

export type ServerMessage =
  | { type: 'ok'; id: number; pid?: number }
  | { type: 'output'; id: number; data: string }
  | { type: 'exit'; id: number; code: number }
  | { type: 'error'; id?: number; message: string };

/** What {@link parseClientMessage} returns for a frame it cannot accept. */
export interface ProtocolError {
  error: string;
  /** The request's id, when the frame had a usable one, so the page can match the refusal. */
  id?: number;
}

const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isStringRecord(value: unknown): value is Record<string, string> {
  return isRecord(value) && Object.values(value).every((v) => typeof v === 'string');
}

function isSize(value: unknown): value is number {
  return Number.isInteger(value) && (value as number) > 0 && (value as number) <= 10_000;
}

/**
 * Check that `path` is a relative POSIX path that stays inside its root: no absolute paths, no `..`
 * segments, no backslashes or NUL bytes. `''` and `'.'` mean the root itself.
 */
export function isSafeRelativePath(path: string): boolean {
  if (path.startsWith('/') || path.includes('\\') || path.includes('\0')) return false;
  return path.split('/').every((segment) => segment !== '..');
}

/**
 * Parse and validate one text frame from the page. Pure: the host decides what to do with an error.
 * @example parseClientMessage('{"type":"kill","id":3,"signal":"SIGINT"}') // → the message object
 */
export function parseClientMessage(frame: string): ClientMessage | ProtocolError {
  let value: unknown;
  try {
    value = JSON.parse(frame);
  } catch {
    return { error: 'frame is not JSON' };
  }
  if (!isRecord(value)) return { error: 'frame is not a JSON object' };
  const id = value['id'];
  if (!Number.isSafeInteger(id) || (id as number) < 0) return { error: 'message has no valid id' };
  const fail = (error: string): ProtocolError => ({ error, id: id as number });
  const m = value;
  switch (m['type']) {
    case 'mount': {
      const { dir, files } = m;
      if (typeof dir !== 'string' || !isSafeRelativePath(dir)) return fail('mount: dir must be a relative path');
      if (!isStringRecord(files)) return fail('mount: files must map paths to strings');
      const bad = Object.keys(files).find((p) => p === '' || !isSafeRelativePath(p));
      if (bad !== undefined) return fail(`mount: unsafe file path ${JSON.stringify(bad)}`);
      return { type: 'mount', id: id as number, dir, files };
    }
    case 'spawn': {
      const { command, args, cwd, env = {}, cols, rows } = m;
      if (!WIRE_COMMANDS.includes(command as ProgramCommand)) return fail('spawn: only "node" and "python3" can be run');
      if (!Array.isArray(args) || !args.every((a) => typeof a === 'string')) return fail('spawn: args must be strings');
      if (typeof cwd !== 'string' || !isSafeRelativePath(cwd)) return fail('spawn: cwd must be a relative path');
      if (!isStringRecord(env) || !Object.keys(env).every((k) => ENV_NAME.test(k))) {
        return fail('spawn: env must map variable names to strings');
      }
      const msg: ClientMessage = { type: 'spawn', id: id as number, command: command as ProgramCommand, args: args as string[], cwd, env };
      if (isSize(cols) && isSize(rows)) Object.assign(msg, { cols, rows });
      return msg;
    }
    case 'input':
      if (m['eof'] === true) return { type: 'input', id: id as number, eof: true };
      if (typeof m['data'] !== 'string') return fail('input: data must be a string');
      return { type: 'input', id: id as number, data: m['data'] };
    case 'resize':
      if (!isSize(m['cols']) || !isSize(m['rows'])) return fail('resize: cols and rows must be positive integers');
      return { type: 'resize', id: id as number, cols: m['cols'], rows: m['rows'] };
    case 'kill': {
      const signal = m['signal'] ?? 'SIGTERM';
      if (signal !== 'SIGTERM' && signal !== 'SIGINT') return fail('kill: signal must be SIGTERM or SIGINT');
      return { type: 'kill', id: id as number, signal };
    }
    default:
      return fail(`unknown message type ${JSON.stringify(m['type'])}`);
  }
}

/** Parse a frame from the host; `undefined` for anything that is not a known message. */
export function parseServerMessage(frame: string): ServerMessage | undefined {
  let value: unknown;
  try {
    value = JSON.parse(frame);
  } catch {
    return undefined;
  }
  if (!isRecord(value) || typeof value['type'] !== 'string') return undefined;
  const known = ['ok', 'output', 'exit', 'error'];
  return known.includes(value['type']) ? (value as ServerMessage) : undefined;
}
