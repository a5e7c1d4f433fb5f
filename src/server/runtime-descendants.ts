/**
 * Which processes belong to a program the local runtime started: the program itself and every
 * descendant, including those that left its process group (`detached: true`, `setsid`) or were
 * reparented when their parent exited. Pure over a process-table snapshot (`runtime-proc-table.ts`),
 * so the rules are unit-tested.
 *
 * Three nets, because each alone has a hole:
 * 1. The process group the program leads: everything it starts, unless a child starts its own session.
 * 2. The parent tree, walked from the program and from every process already known to belong (kept
 *    across scans, keyed by pid *and* start time so a reused pid is not mistaken): catches a new
 *    session, and an orphan whose parent we had already seen.
 * 3. A marker variable (`LIVE_SOCKETS_RUN=<random id>`) the host puts into the program's
 *    environment, read back from `/proc/<pid>/environ` on Linux: catches a detached grandchild even
 *    when its parent exited before any scan saw it. Children inherit the environment unless a program
 *    deliberately scrubs it (`spawn(…, { env: {} })`); only a process that scrubs its environment
 *    *and* starts a new session *and* is orphaned before the next scan (≈ 150 ms) escapes all three.
 * Only processes started after the program (start time ≥ the program's) are considered for 2 and 3.
 *
 * Why not a cgroup: it would be exact, but creating one needs root or a systemd-delegated subtree,
 * which a reader running `npm start` on a laptop does not have (this container's root can, which
 * says nothing about readers' machines). macOS has no /proc: `ps` gives nets 1 and 2 only.
 */
import { readEnvVar, type ProcEntry, type ProcTable } from './runtime-proc-table.ts';

/** The environment variable that marks a program's processes. */
export const MARKER_VAR = 'LIVE_SOCKETS_RUN';

/** What the host remembers about one program's processes between scans. */
export interface ProgramTree {
  rootPid: number;
  /** Value of {@link MARKER_VAR} in the program's environment. */
  marker: string;
  /** The program's start time (table units); 0 when the platform does not say. */
  since: number;
  /** pid → start time of every process seen as part of the program. */
  known: Map<number, number>;
  /** False once the group is known empty: its id may be reused and must not be matched again. */
  groupValid: boolean;
}

/** Start tracking the program whose main process is `rootPid`. */
export function createProgramTree(rootPid: number, marker: string, table: ProcTable): ProgramTree {
  const since = table.get(rootPid)?.start ?? 0;
  return { rootPid, marker, since, known: new Map([[rootPid, since]]), groupValid: true };
}

/** Reads (and caches) the marker of each process; one per host, shared by its programs. */
export interface MarkerReader {
  markerOf(entry: ProcEntry): string | undefined;
  /** Forget processes that are no longer in `table`. */
  prune(table: ProcTable): void;
}

/** @param read how to read a process's marker (tests inject one) */
export function createMarkerReader(read: (pid: number) => string | undefined = (pid) => readEnvVar(pid, MARKER_VAR)): MarkerReader {
  // A process's start environment never changes, so one read per process (pid + start) is enough.
  const cache = new Map<number, { start: number; marker: string | undefined }>();
  return {
    markerOf(entry) {
      const hit = cache.get(entry.pid);
      if (hit && hit.start === entry.start) return hit.marker;
      const marker = read(entry.pid);
      cache.set(entry.pid, { start: entry.start, marker });
      return marker;
    },
    prune(table) {
      for (const [pid, { start }] of cache) if (table.get(pid)?.start !== start) cache.delete(pid);
    },
  };
}

const isLive = (e: ProcEntry): boolean => e.state !== 'Z' && e.state !== 'X';

/**
 * The live processes of `tree` in `table` (zombies hold no memory and cannot be signalled away).
 * Updates `tree.known`. `self` (the host) is never included.
 */
export function scanTree(tree: ProgramTree, table: ProcTable, markers: MarkerReader, self = process.pid): ProcEntry[] {
  const members = new Map<number, ProcEntry>();
  const children = new Map<number, ProcEntry[]>();
  for (const entry of table.values()) {
    if (!isLive(entry) || entry.pid === self) continue;
    const later = entry.start >= tree.since;
    if (later) {
      const siblings = children.get(entry.ppid);
      if (siblings) siblings.push(entry);
      else children.set(entry.ppid, [entry]);
    }
    const belongs =
      tree.known.get(entry.pid) === entry.start ||
      (tree.groupValid && entry.pgid === tree.rootPid) ||
      (later && markers.markerOf(entry) === tree.marker);
    if (belongs) members.set(entry.pid, entry);
  }
  // The parent tree: descendants of any member are members.
  const pending = [...members.keys()];
  for (let pid = pending.pop(); pid !== undefined; pid = pending.pop()) {
    for (const child of children.get(pid) ?? []) {
      if (members.has(child.pid)) continue;
      members.set(child.pid, child);
      pending.push(child.pid);
    }
  }
  tree.known = new Map([...members.values()].map((e) => [e.pid, e.start]));
  return [...members.values()];
}

/** Whether any process of `table` still carries a marker starting with `prefix` (a session's programs). */
export function markedProcesses(table: ProcTable, markers: MarkerReader, prefix: string, self = process.pid): ProcEntry[] {
  return [...table.values()].filter((e) => isLive(e) && e.pid !== self && (markers.markerOf(e) ?? '').startsWith(prefix));
}
