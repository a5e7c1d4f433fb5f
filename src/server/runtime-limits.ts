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
  /**
   * Live processes of one connection, all programs with all their descendants (grandchildren
   * included). Past it the program with the most is stopped. Host override: `LIVE_SOCKETS_MAX_PROCESSES`.
   * @default 64
   */
  maxDescendants: number;
  /**
   * Resident memory of one program and its descendants, in bytes. Past it the program is stopped.
   * Host override: `LIVE_SOCKETS_MAX_RSS_MB` (mebibytes). @default 1073741824 (1 GiB)
   */
  maxRssBytes: number;
  /** How often the process table is read to find descendants and measure them, in ms. @default 150 */
  watchIntervalMs: number;
}

/**
 * Caps set by the host's environment (`LIVE_SOCKETS_MAX_RSS_MB=2048 npm start`); invalid values are
 * ignored so a typo cannot remove a cap.
 */
export function limitsFromEnv(env: Record<string, string | undefined>): Partial<RuntimeLimits> {
  const positive = (name: string): number | undefined => {
    const value = Number(env[name]);
    return env[name] !== undefined && Number.isFinite(value) && value > 0 ? value : undefined;
  };
  const limits: Partial<RuntimeLimits> = {};
  const rssMb = positive('LIVE_SOCKETS_MAX_RSS_MB');
  if (rssMb !== undefined) limits.maxRssBytes = Math.round(rssMb * 1024 * 1024);
  const processes = positive('LIVE_SOCKETS_MAX_PROCESSES');
  if (processes !== undefined) limits.maxDescendants = Math.floor(processes);
  return limits;
}

export const DEFAULT_LIMITS: RuntimeLimits = {
  maxProcesses: 16,
  outputCharsPerWindow: 64 * 1024,
  outputWindowMs: 250,
  maxSocketBacklogBytes: 1024 * 1024,
  killGraceMs: 500,
  maxMessageBytes: 4 * 1024 * 1024,
  maxStdinBacklogBytes: 1024 * 1024,
  maxDescendants: 64,
  maxRssBytes: 1024 * 1024 * 1024,
  watchIntervalMs: 150,
  ...limitsFromEnv(process.env),
};

/** The terminal line that says why a cap stopped a program, with its exit status, in both languages. */
export function capStopMessage(breach: { kind: 'processes'; limit: number } | { kind: 'memory'; limitBytes: number }, code: number): string {
  if (breach.kind === 'processes') {
    return `\n[已停止：进程超过 ${breach.limit} 个，退出状态 ${code} / stopped: more than ${breach.limit} processes, exit status ${code}]\n`;
  }
  const mb = Math.round(breach.limitBytes / (1024 * 1024));
  return `\n[已停止：内存超过 ${mb} MB（程序及其子进程），退出状态 ${code} / stopped: more than ${mb} MB of memory (program and its children), exit status ${code}]\n`;
}

/** The visible line that replaces dropped output. */
export const TRUNCATION_MARKER = '\n[output truncated]\n';
