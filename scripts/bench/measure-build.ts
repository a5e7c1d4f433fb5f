/**
 * Time and peak memory of `astro build`. Memory is the peak, over the build, of the summed resident
 * set size of the build process and all its descendants, sampled every 100 ms from /proc (Linux;
 * elsewhere it is reported as unavailable).
 */
import { spawn } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';

/** Resident set size in bytes of `pid` and every descendant, from /proc. */
export function treeRss(pid: number): number {
  let children: Map<number, number[]>;
  try {
    children = new Map();
    for (const name of readdirSync('/proc')) {
      if (!/^\d+$/.test(name)) continue;
      try {
        const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
        const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
        const list = children.get(ppid) ?? [];
        list.push(Number(name));
        children.set(ppid, list);
      } catch { /* process ended while reading */ }
    }
  } catch {
    return 0;
  }
  let total = 0;
  const stack = [pid];
  while (stack.length) {
    const p = stack.pop()!;
    try {
      const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${p}/status`, 'utf8'));
      if (m) total += Number(m[1]) * 1024;
    } catch { /* gone */ }
    stack.push(...(children.get(p) ?? []));
  }
  return total;
}

export interface BuildFigures {
  seconds: number;
  peakBytes: number | null;
  code: number;
}

export function measureBuild(root: string, outDir: string): Promise<BuildFigures> {
  const started = performance.now();
  const child = spawn(process.platform === 'win32' ? 'npx.cmd' : 'npx', ['astro', 'build', '--outDir', outDir], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, SITE_BASE: '/', ASTRO_TELEMETRY_DISABLED: '1' },
  });
  let peak = 0;
  const timer = setInterval(() => { if (child.pid) peak = Math.max(peak, treeRss(child.pid)); }, 100);
  return new Promise((resolve) => {
    child.on('close', (code) => {
      clearInterval(timer);
      resolve({ seconds: (performance.now() - started) / 1000, peakBytes: peak || null, code: code ?? 1 });
    });
  });
}
