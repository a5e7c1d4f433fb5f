// The same experiment as mutex-atomics.js without Atomics.wait, for runtimes where a thread cannot
// sleep on shared memory: inside WebContainers (in the browser) tools switch Atomics.wait off, so
// mutex-atomics.js runs this file there. 4 worker threads each add 1 to a shared counter 200 000 times.
// The lock is a *spin lock*: Atomics.compareExchange still makes "if free, take it" one indivisible
// step, but a thread that finds the lock taken keeps retrying instead of sleeping until notified.
// That burns CPU while it waits, which is acceptable only because the critical section is tiny.
// 与 mutex-atomics.js 相同的实验，但不用 Atomics.wait（浏览器里的 WebContainer 不支持让线程睡眠等待）：
// 这里的锁是“自旋锁”——抢不到就不停地重试，而不是睡眠等待被唤醒。
//
// Usage: node mutex-spin.js [--no-lock]
import { Worker, isMainThread, workerData } from 'node:worker_threads';

const WORKERS = 4;
const TIMES = 200_000;
const UNLOCKED = 0;
const LOCKED = 1;

/** A spin lock on one Int32 slot of shared memory: 0 = free, 1 = taken. */
class SpinLock {
  constructor(cell) { this.cell = cell; } // [Int32Array, index]

  acquire() {
    const [arr, i] = this.cell;
    // Atomically: if the slot is 0, make it 1. Otherwise try again at once (spin).
    // 原子操作：是 0 就改成 1（抢到锁）；否则马上再试（自旋）。
    while (Atomics.compareExchange(arr, i, UNLOCKED, LOCKED) !== UNLOCKED);
  }

  release() {
    const [arr, i] = this.cell;
    Atomics.store(arr, i, UNLOCKED); // the next compareExchange of a spinning thread succeeds
  }
}

if (isMainThread) {
  console.log('(no Atomics.wait here: a spin lock instead / 这里没有 Atomics.wait：改用自旋锁)');
  const useLock = !process.argv.includes('--no-lock');
  const shared = new Int32Array(new SharedArrayBuffer(12)); // [0] counter, [1] lock, [2] start signal
  const workers = Array.from({ length: WORKERS }, () =>
    new Worker(new URL(import.meta.url), { workerData: { shared, useLock } }));
  // Start them all at once (a worker needs ~30 ms to boot, longer than its whole loop).
  // 等所有线程都启动好了再一起开始，否则先启动的线程早就算完了。
  await Promise.all(workers.map((w) => new Promise((resolve) => w.once('online', resolve))));
  Atomics.store(shared, 2, 1);
  await Promise.all(workers.map((w) => new Promise((resolve) => w.once('exit', resolve))));
  console.log(`counter = ${shared[0]} (expected ${WORKERS * TIMES})${useLock ? '' : ' — without a lock / 不加锁'}`);
} else {
  const { shared, useLock } = workerData;
  const lock = new SpinLock([shared, 1]);
  while (Atomics.load(shared, 2) === 0); // spin until the start signal / 自旋等待开始信号
  for (let n = 0; n < TIMES; n++) {
    if (useLock) lock.acquire();
    shared[0] = shared[0] + 1; // read, add, write: three steps that another thread can interleave
    if (useLock) lock.release();
  }
}
