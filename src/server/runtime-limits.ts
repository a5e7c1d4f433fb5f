/**
 * The local runtime host's caps, per WebSocket connection. Chosen so the notes' examples (a server
 * and a few clients, a pool of worker processes, chat-sized output) never meet them, while a
 * runaway program cannot flood the page or the machine.
 */
export interface RuntimeLimits {
  /** Programs whose main process is still running. The 17th spawn is refused. @default 16 */
  maxProcesses: number;
  /** Output budget: characters forwarded per window, shared by the connection's programs. @default 65536 */
  outputCharsPerWindow: number;
  /** Length of an output window, in ms (so 64 Ki characters per 250 ms ≈ 256 Ki per second). @default 250 */
  outputWindowMs: number;
  /** Output is dropped while this many bytes still wait to reach a slow page. @default 1048576 */
  maxSocketBacklogBytes: number;
  /** Time between SIGTERM and SIGKILL when a program is stopped. @default 500 */
  killGraceMs: number;
  /** Largest WebSocket frame (a mount carries a sandbox's files). @default 4194304 */
  maxMessageBytes: number;
  /** Input waiting for a program that does not read its stdin; beyond it, input is refused. @default 1048576 */
  maxStdinBacklogBytes: number;
}

export const DEFAULT_LIMITS: RuntimeLimits = {
  maxProcesses: 16,
  outputCharsPerWindow: 64 * 1024,
  outputWindowMs: 250,
  maxSocketBacklogBytes: 1024 * 1024,
  killGraceMs: 500,
  maxMessageBytes: 4 * 1024 * 1024,
  maxStdinBacklogBytes: 1024 * 1024,
};

/** The visible line that replaces dropped output. */
export const TRUNCATION_MARKER = '\n[output truncated]\n';
