/**
 * What the wire probe costs at start-up: median time from spawn to first output of the tcp-echo
 * server (`listening on …`), 20 runs each, without and with `--import ./.wire-probe.mjs`, runs
 * alternating so machine load affects both alike. A benchmark that prints figures, not a test.
 * Usage: node --experimental-strip-types scripts/bench-probe.ts [runs=20]
 */
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '../src/sandbox/free-port.ts';
import { WIRE_PROBE_FILE, WIRE_PROBE_SOURCE } from '../src/runtime/wire-probe-source.ts';

const runs = Number(process.argv[2] ?? 20);
const dir = await mkdtemp(join(tmpdir(), 'bench-probe-'));
const server = new URL('../sandboxes/tcp-echo/tcp-server.js', import.meta.url);
await writeFile(join(dir, 'package.json'), '{"type":"module"}\n');
await writeFile(join(dir, 'tcp-server.js'), await readFile(server, 'utf8'));
await writeFile(join(dir, WIRE_PROBE_FILE), WIRE_PROBE_SOURCE);

/** Milliseconds from spawn to the first byte on stdout; the process is then killed. */
async function once(args: string[]): Promise<number> {
  const port = await freePort();
  const t0 = performance.now();
  const child = spawn(process.execPath, [...args, 'tcp-server.js'], { cwd: dir, env: { ...process.env, PORT: String(port) }, stdio: ['pipe', 'pipe', 'pipe'] });
  const ms = await new Promise<number>((resolve, reject) => {
    child.stdout.once('data', () => resolve(performance.now() - t0));
    child.once('exit', (code) => reject(new Error(`exited (${code}) before printing`)));
  });
  child.kill('SIGKILL');
  await new Promise((r) => child.once('close', r));
  return ms;
}

const median = (xs: number[]) => { const s = [...xs].sort((a, b) => a - b); return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2; };
const plain: number[] = [];
const probed: number[] = [];
try {
  for (let i = 0; i < runs; i++) {
    plain.push(await once([]));
    probed.push(await once(['--import', `./${WIRE_PROBE_FILE}`]));
  }
} finally {
  await rm(dir, { recursive: true, force: true });
}
const a = median(plain);
const b = median(probed);
console.log(`spawn → first output, median of ${runs} (tcp-echo server, ${process.version}):`);
console.log(`  without probe  ${a.toFixed(1)} ms`);
console.log(`  with probe     ${b.toFixed(1)} ms  (+${(b - a).toFixed(1)} ms)`);
