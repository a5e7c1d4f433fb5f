// Why threads are "cheaper" than processes: time to start (and finish) N child processes vs N
// worker threads that do nothing. A process needs a new Node runtime with its own memory;
// a thread shares the process it lives in. 开启进程比开启线程的开销大得多。
//
// Usage: node spawn-cost.js [N=10]      (timings vary from run to run and machine to machine)
import { fork } from 'node:child_process';
import { Worker, isMainThread } from 'node:worker_threads';
import { fileURLToPath } from 'node:url';

const FILE = fileURLToPath(import.meta.url);
const N = Number(process.argv.find((a) => /^\d+$/.test(a)) ?? 10);

/** Start N, one after another, each waited for until it has exited; returns the milliseconds. */
async function timeAll(startOne) {
  const t0 = performance.now();
  for (let i = 0; i < N; i++) {
    await new Promise((resolve, reject) => {
      const c = startOne();
      c.once('error', reject);
      c.once('exit', resolve);
    });
  }
  return Math.round(performance.now() - t0);
}

if (process.argv[2] === 'child' || !isMainThread) {
  // A child process or a worker: nothing to do, just end. 什么都不做，直接结束。
} else {
  const processes = await timeAll(() => fork(FILE, ['child']));
  const threads = await timeAll(() => new Worker(FILE));
  const each = (ms) => `${ms} ms (${Math.round(ms / N)} ms each)`;
  console.log(`${N} processes (fork): ${each(processes)}`);
  console.log(`${N} threads (Worker): ${each(threads)}`);
}
