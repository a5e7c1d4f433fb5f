/**
 * Programs run in their own process group, so stopping one reaches everything it started (its
 * children share the group unless they deliberately start a new session, as a daemon does).
 * POSIX only for group signals; on Windows the main process alone is signalled.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

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

/**
 * The live (non-zombie) processes of group `pgid`. On Linux this reads /proc, because a zombie that
 * nobody reaps (some containers' init does not) still "exists" for `kill(-pgid, 0)`.
 */
export function groupMembers(pgid: number): number[] {
  if (process.platform === 'linux') {
    const members: number[] = [];
    for (const entry of readdirSync('/proc')) {
      if (!/^\d+$/.test(entry)) continue;
      try {
        const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
        // Fields after "(comm)": state ppid pgrp … — comm may contain spaces, so split after ')'.
        const [state, , pgrp] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        if (Number(pgrp) === pgid && state !== 'Z') members.push(Number(entry));
      } catch {
        // The process ended while we looked.
      }
    }
    return members;
  }
  try {
    process.kill(POSIX ? -pgid : pgid, 0);
    return [pgid];
  } catch {
    return [];
  }
}

const POLL_MS = 20;

/** Resolve once group `pgid` is empty, or with `false` after `timeoutMs`. */
export function waitForGroupEnd(pgid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  return new Promise((resolve) => {
    const check = (): void => {
      if (groupMembers(pgid).length === 0) resolve(true);
      else if (Date.now() >= deadline) resolve(false);
      else setTimeout(check, POLL_MS);
    };
    check();
  });
}

/**
 * Stop a whole group: SIGTERM, then SIGKILL for whatever is left after `graceMs`.
 * Resolves when the group is empty (or could not be emptied within a further second).
 */
export async function stopGroup(pgid: number, graceMs: number): Promise<void> {
  if (groupMembers(pgid).length === 0) return;
  signalGroup(pgid, 'SIGTERM');
  if (await waitForGroupEnd(pgid, graceMs)) return;
  signalGroup(pgid, 'SIGKILL');
  await waitForGroupEnd(pgid, 1000);
}
