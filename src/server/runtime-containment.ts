/**
 * Keeps one connection's programs contained: finds every process each program started
 * (`runtime-descendants.ts`), stops all of them together, and watches two caps — the number of live
 * processes of the connection, and the resident memory of each program with its descendants.
 *
 * The watch is a poll of the process table (every `watchIntervalMs`, ≈ 150 ms) while any program
 * runs: the kernel tells a parent nothing about its grandchildren, and a cgroup (which would count
 * exactly) is not available to an ordinary user (see runtime-descendants.ts). So a fast fork bomb
 * can overshoot the count cap by what it starts within one interval; stopping then repeats
 * "scan, SIGKILL everything found" until a scan finds nothing, which also catches the children born
 * while the previous round was being killed.
 *
 * Why memory is measured here and not with V8 flags (`--max-old-space-size`): V8 limits only its own
 * heap. `Buffer` and `ArrayBuffer` memory lives outside it (`for (;;) a.push(Buffer.alloc(64 << 20))`
 * grows by gigabytes without touching the heap limit), as does memory of native addons, and every
 * child process has a heap of its own. The resident set of all the program's processes is what the
 * reader's machine actually loses.
 */
import { signalGroup } from './runtime-process-group.ts';
import { createMarkerReader, createProgramTree, markedProcesses, scanTree, type ProgramTree } from './runtime-descendants.ts';
import { readProcTable, type ProcEntry } from './runtime-proc-table.ts';

/** Why a program was stopped by a cap. */
export type CapBreach = { kind: 'processes'; limit: number; count: number } | { kind: 'memory'; limitBytes: number; rssBytes: number };

export interface ContainmentOptions {
  /** Live processes of all the connection's programs together, main processes included. */
  maxDescendants: number;
  /** Resident set of one program and its descendants, in bytes. */
  maxRssBytes: number;
  watchIntervalMs: number;
  /** A program crossed a cap (reported once per program); the caller decides to stop it. */
  onBreach(id: number, breach: CapBreach): void;
}

export interface Containment {
  /** Track program `id`, whose main process `pid` was started with marker `marker`. */
  add(id: number, pid: number, marker: string): void;
  /** The live processes of program `id`, scanned now. */
  members(id: number): number[];
  /**
   * Stop every process of program `id`: SIGTERM, then after `graceMs` SIGKILL until none is left
   * (`graceMs` 0: SIGKILL at once). Resolves when none is left, or after a few seconds of trying.
   */
  stop(id: number, graceMs: number): Promise<void>;
  /** Forget program `id` (its processes are gone). */
  remove(id: number): void;
  /** Last resort on host exit: SIGKILL, synchronously, every process carrying a marker with `prefix`. */
  killAllNow(prefix: string): void;
}

const POLL_MS = 20;
/** How long stopping keeps killing before it gives up on a process it cannot end (e.g. in `D` state). */
const KILL_DEADLINE_MS = 5000;

const signal = (pids: number[], sig: NodeJS.Signals): void => {
  for (const pid of pids) {
    try {
      process.kill(pid, sig);
    } catch {
      // Already gone, or not ours to signal.
    }
  }
};

function rootIfAlive(tree: ProgramTree): ProcEntry[] {
  try {
    process.kill(tree.rootPid, 0);
    return [{ pid: tree.rootPid, ppid: 0, pgid: tree.rootPid, state: '?', start: 0, rssBytes: 0 }];
  } catch {
    return [];
  }
}

const delay = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Create the containment of one connection. Its watch timer runs only while programs are tracked. */
export function createContainment(opts: ContainmentOptions): Containment {
  const trees = new Map<number, ProgramTree>();
  const breached = new Set<number>();
  const markers = createMarkerReader();
  let timer: NodeJS.Timeout | undefined;

  const scanOne = (tree: ProgramTree): ProcEntry[] => {
    const table = readProcTable();
    // No process table (Windows, or `ps` missing): the main process is all we can know about.
    if (table.size === 0) return rootIfAlive(tree);
    markers.prune(table);
    return scanTree(tree, table, markers);
  };

  const watch = (): void => {
    const table = readProcTable();
    if (table.size === 0) return;
    markers.prune(table);
    const counts: { id: number; members: ProcEntry[] }[] = [];
    for (const [id, tree] of trees) counts.push({ id, members: scanTree(tree, table, markers) });
    let total = counts.reduce((sum, c) => sum + c.members.length, 0);
    // Over the count cap: stop the programs with the most processes until the rest fit.
    for (const c of [...counts].sort((a, b) => b.members.length - a.members.length)) {
      if (total <= opts.maxDescendants) break;
      if (breached.has(c.id)) continue;
      breached.add(c.id);
      opts.onBreach(c.id, { kind: 'processes', limit: opts.maxDescendants, count: total });
      total -= c.members.length;
    }
    for (const c of counts) {
      const rssBytes = c.members.reduce((sum, e) => sum + e.rssBytes, 0);
      if (rssBytes <= opts.maxRssBytes || breached.has(c.id)) continue;
      breached.add(c.id);
      opts.onBreach(c.id, { kind: 'memory', limitBytes: opts.maxRssBytes, rssBytes });
    }
  };

  const updateTimer = (): void => {
    if (trees.size > 0 && !timer) {
      timer = setInterval(watch, opts.watchIntervalMs);
      timer.unref();
    } else if (trees.size === 0 && timer) {
      clearInterval(timer);
      timer = undefined;
    }
  };

  const stop = async (id: number, graceMs: number): Promise<void> => {
    const tree = trees.get(id);
    if (!tree) return;
    const sendAll = (sig: NodeJS.Signals, members: ProcEntry[]): void => {
      // The group signal also reaches a child forked after the scan, as long as it stayed in the group.
      if (tree.groupValid) signalGroup(tree.rootPid, sig);
      signal(members.map((e) => e.pid), sig);
    };
    let members = scanOne(tree);
    if (graceMs > 0 && members.length > 0) {
      sendAll('SIGTERM', members);
      const graceEnd = Date.now() + graceMs;
      do {
        await delay(POLL_MS);
        members = scanOne(tree);
      } while (members.length > 0 && Date.now() < graceEnd);
    }
    const deadline = Date.now() + KILL_DEADLINE_MS;
    while (members.length > 0 && Date.now() < deadline) {
      sendAll('SIGKILL', members);
      await delay(POLL_MS);
      members = scanOne(tree);
    }
    if (members.length === 0) tree.groupValid = false;
  };

  return {
    add(id, pid, marker) {
      trees.set(id, createProgramTree(pid, marker, readProcTable()));
      updateTimer();
    },
    members: (id) => {
      const tree = trees.get(id);
      return tree ? scanOne(tree).map((e) => e.pid) : [];
    },
    stop,
    remove(id) {
      trees.delete(id);
      breached.delete(id);
      updateTimer();
    },
    killAllNow(prefix) {
      // Scan before the first signal: a child known only through its parent must be found while
      // that parent is alive. Then a few rounds, for processes forked while we were killing.
      for (let round = 0; round < 5; round++) {
        const table = readProcTable();
        const found = [
          ...markedProcesses(table, markers, prefix),
          ...[...trees.values()].flatMap((tree) => scanTree(tree, table, markers)),
        ];
        if (round === 0) for (const tree of trees.values()) if (tree.groupValid) signalGroup(tree.rootPid, 'SIGKILL');
        if (found.length === 0) break;
        signal(found.map((e) => e.pid), 'SIGKILL');
      }
      if (timer) clearInterval(timer);
      timer = undefined;
      trees.clear();
    },
  };
}
