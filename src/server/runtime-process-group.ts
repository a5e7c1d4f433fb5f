/**
 * Programs run in their own process group, so a signal to the group reaches everything it started
 * (its children share the group unless they deliberately start a new session, as a daemon does; those
 * are found by `runtime-descendants.ts`, and stopping is `runtime-containment.ts`).
 * POSIX only for group signals; on Windows the main process alone is signalled.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';

const POSIX = process.platform !== 'win32';

/** Start `file` with pipes for stdio, as the leader of a new process group. */
export function spawnInGroup(
  file: string,
  args: string[],
  options: { cwd: string; env: Record<string, string> },
): ChildProcessWithoutNullStreams {
  // `detached` makes the child a session and group leader on POSIX; it says nothing about lifetime.
  return spawn(file, args, { cwd: options.cwd, env: options.env, detached: POSIX, stdio: 'pipe' });
}

/** Send `signal` to every process in group `pgid`; a group that is already gone is not an error. */
export function signalGroup(pgid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(POSIX ? -pgid : pgid, signal);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ESRCH') throw error;
  }
}
