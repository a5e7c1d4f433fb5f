/**
 * Start a stand-alone local runtime (`npm run runtime`'s script, or a packed bin) as a real process
 * and read its banner; stop it and wait for its exit. Used by the pairing integration and e2e tests.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');
export const NODE_TS = ['--experimental-strip-types', '--disable-warning=ExperimentalWarning'];

export interface RuntimeProcess {
  child: ChildProcess;
  port: number;
  token: string;
  /** The pairing link as printed. */
  link: string;
  /** Everything it printed so far (stdout and stderr). */
  output(): string;
  /** SIGTERM, then wait for the exit. */
  stop(): Promise<void>;
}

/**
 * Run `node <args…>` (e.g. scripts/runtime.ts --port 0 --site …) and resolve once the banner's link
 * is printed. `env` is added to the environment (TMPDIR: where the per-connection folders go).
 */
export function startRuntime(args: string[], env: Record<string, string> = {}, timeoutMs = 20_000): Promise<RuntimeProcess> {
  const child = spawn(process.execPath, args, { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let text = '';
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`no pairing link within ${timeoutMs} ms; printed: ${text}`));
    }, timeoutMs);
    const onData = (chunk: Buffer): void => {
      text += chunk.toString();
      const match = /(\S*#runtime=ws:\/\/127\.0\.0\.1:(\d+)\/__runtime&token=([A-Za-z0-9_-]+))/.exec(text);
      if (!match) return;
      clearTimeout(timer);
      resolve({
        child,
        port: Number(match[2]),
        token: match[3] ?? '',
        link: match[1] ?? '',
        output: () => text,
        stop: async () => {
          if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
          await exited;
        },
      });
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the runtime exited (${code}) before printing a link: ${text}`));
    });
  });
}

/** Pids of the direct children of `pid` (the host's programs), from /proc. */
export function childPids(pid: number): number[] {
  const out: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (Number(fields[1]) === pid && fields[0] !== 'Z') out.push(Number(entry));
    } catch {
      // gone meanwhile
    }
  }
  return out;
}

/** Whether `pid` is a running (not zombie) process. */
export function isAlive(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2)[0] !== 'Z';
  } catch {
    return false;
  }
}
