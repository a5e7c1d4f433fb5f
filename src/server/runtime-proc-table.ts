/**
 * A snapshot of the machine's process table, as the local runtime needs it to find a program's
 * descendants and measure them (`runtime-descendants.ts`).
 *
 * Linux: `/proc/<pid>/stat` gives parent, group, state, start time and resident set for every
 * process, and `/proc/<pid>/environ` the environment a process was started with — which is how a
 * program's descendants are recognised even after they left its process group and lost their parent
 * (the host puts a marker variable into each program's environment, and children inherit it).
 * macOS and other Unixes: `ps -A -o pid=,ppid=,pgid=,rss=,stat=` (best effort: no environment, so no
 * marker; a descendant that both starts its own session and is orphaned can escape). Windows: empty.
 */
import { execFileSync } from 'node:child_process';
import { closeSync, openSync, readdirSync, readFileSync, readSync } from 'node:fs';

/** One live or zombie process. */
export interface ProcEntry {
  pid: number;
  ppid: number;
  pgid: number;
  /** One letter: R, S, D, T, Z (zombie), X (dead) … */
  state: string;
  /** When it started, in the platform's units (Linux: clock ticks since boot); 0 when unknown. */
  start: number;
  /** Resident set size, in bytes. */
  rssBytes: number;
}

export type ProcTable = Map<number, ProcEntry>;

const LINUX = process.platform === 'linux';

/** Linux's page size, read once from this process's own first mapping (4 KiB almost everywhere). */
const PAGE_BYTES = ((): number => {
  if (!LINUX) return 4096;
  try {
    const fd = openSync('/proc/self/smaps', 'r');
    const buffer = Buffer.alloc(4096);
    const n = readSync(fd, buffer, 0, buffer.length, 0);
    closeSync(fd);
    const kb = /KernelPageSize:\s+(\d+) kB/.exec(buffer.toString('utf8', 0, n));
    return kb ? Number(kb[1]) * 1024 : 4096;
  } catch {
    return 4096;
  }
})();

/** Parse one `/proc/<pid>/stat` line (exported for unit tests). */
export function parseProcStat(pid: number, stat: string): ProcEntry | undefined {
  // The command name sits in parentheses and may itself contain spaces or ')': split after the last ')'.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  if (fields.length < 22) return undefined;
  return {
    pid,
    ppid: Number(fields[1]),
    pgid: Number(fields[2]),
    state: fields[0] ?? '?',
    start: Number(fields[19]),
    rssBytes: Number(fields[21]) * PAGE_BYTES,
  };
}

const statBuffer = Buffer.alloc(4096); // a stat line is a few hundred bytes

function linuxTable(): ProcTable {
  const table: ProcTable = new Map();
  let names: string[];
  try {
    names = readdirSync('/proc');
  } catch {
    return table; // no /proc mounted: callers fall back to the main process alone
  }
  for (const name of names) {
    if (name.charCodeAt(0) > 57 || !/^\d+$/.test(name)) continue;
    try {
      // open + read + close: about half the cost of readFileSync, which also stats the file.
      const fd = openSync(`/proc/${name}/stat`, 'r');
      let length = 0;
      try {
        length = readSync(fd, statBuffer, 0, statBuffer.length, 0);
      } finally {
        closeSync(fd);
      }
      const entry = parseProcStat(Number(name), statBuffer.toString('latin1', 0, length));
      if (entry) table.set(entry.pid, entry);
    } catch {
      // It ended while we looked.
    }
  }
  return table;
}

function psTable(): ProcTable {
  const table: ProcTable = new Map();
  let out = '';
  try {
    out = execFileSync('ps', ['-A', '-o', 'pid=,ppid=,pgid=,rss=,stat='], { encoding: 'utf8', timeout: 2000 });
  } catch {
    return table;
  }
  for (const line of out.split('\n')) {
    const [pid, ppid, pgid, rss, stat] = line.trim().split(/\s+/);
    if (!pid || !stat) continue;
    table.set(Number(pid), {
      pid: Number(pid),
      ppid: Number(ppid),
      pgid: Number(pgid),
      state: stat[0] ?? '?',
      start: 0,
      rssBytes: Number(rss) * 1024,
    });
  }
  return table;
}

/** Every process on the machine, now. */
export function readProcTable(): ProcTable {
  if (process.platform === 'win32') return new Map();
  return LINUX ? linuxTable() : psTable();
}

/** Whether the platform can read other processes' environments (the marker net). */
export const CAN_READ_ENVIRON = LINUX;

/**
 * The value of variable `name` in the environment process `pid` was started with, or undefined
 * (no such variable, not our process, gone, or not Linux).
 */
export function readEnvVar(pid: number, name: string): string | undefined {
  if (!LINUX) return undefined;
  let environ: string;
  try {
    environ = readFileSync(`/proc/${pid}/environ`, 'latin1');
  } catch {
    return undefined;
  }
  const prefix = `${name}=`;
  for (const pair of environ.split('\0')) if (pair.startsWith(prefix)) return pair.slice(prefix.length);
  return undefined;
}
