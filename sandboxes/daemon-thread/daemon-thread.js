// A daemon thread (Python: Thread(daemon=True)) ↔ worker.unref(): the process does not wait for
// the worker; when the main thread is done, the process ends and the worker dies with it.
// 守护线程：主线程结束，进程就结束，守护线程也跟着结束（Node 中用 worker.unref()）。
//
// Usage: node daemon-thread.js [--no-daemon]
import { Worker, isMainThread, parentPort } from 'node:worker_threads';
import { setTimeout as sleep } from 'node:timers/promises';

const SCALE = Number(process.env.DEMO_TIME_SCALE) || 1;

if (isMainThread) {
  const worker = new Worker(new URL(import.meta.url));
  await new Promise((resolve) => worker.once('message', resolve)); // the worker is running
  // 设置成守护线程: the process will not wait for this worker. (Python's daemon flag must be set
  // before start(); unref() may be called at any time.)
  if (!process.argv.includes('--no-daemon')) worker.unref();
  await sleep(300 * SCALE); // the main thread's own work / 主线程干点别的
  console.log('主线程结束');
  // Nothing else keeps the process alive unless the worker is still ref'ed.
} else {
  console.log('worker is running');
  parentPort.postMessage('running');
  await sleep(2000 * SCALE);
  console.log('worker is over');
}
