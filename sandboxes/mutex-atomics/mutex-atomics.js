// What a lock is made of: 4 worker threads each add 1 to a shared counter 200 000 times.
// Without a lock, increments get lost ("read, add, write" of two threads overlap);
// with a mutex built from Atomics only one thread at a time is inside the critical section.
// 互斥锁的原理：4 个线程各给共享计数器加 200000 次。不加锁会丢失更新；加锁后结果正好 800000。
//
// Usage: node mutex-atomics.js [--no-lock]
import { Worker, isMainThread, workerData } from 'node:worker_threads';

const WORKERS = 4;
const TIMES = 200_000;
const UNLOCKED = 0;
const LOCKED = 1;

/** A mutex on one Int32 slot of shared memory: 0 = free, 1 = taken. */
class Mutex {
  constructor(cell) { this.cell = cell; } // [Int32Array, index]

  acquire() {
    const [arr, i] = this.cell;
    // Atomically: if the slot is 0, make it 1. Otherwise sleep until someone notifies us.
    // 原子操作：是 0 就改成 1（抢到锁）；否则睡眠等待，直到被唤醒再抢。
    while (Atomics.compareExchange(arr, i, UNLOCKED, LOCKED) !== UNLOCKED) {
      Atomics.wait(arr, i, LOCKED);
    }
  }

  release() {
    const [arr, i] = this.cell;
    Atomics.store(arr, i, UNLOCKED);
    Atomics.notify(arr, i, 1); // wake one waiting thread / 唤醒一个等待的线程
  }
}

// Inside a WebContainer (the browser runtime, where process.versions.webcontainer is set) tools
// switch Atomics.wait off: the same experiment runs there with a spin lock, see mutex-spin.js.
// 浏览器里的 WebContainer 不支持 Atomics.wait：在那里改跑自旋锁版本 mutex-spin.js。
if (isMainThread && typeof process.versions.webcontainer === 'string') {
  await import('./mutex-spin.js');
} else if (isMainThread) {
  const useLock = !process.argv.includes('--no-lock');
  const shared = new Int32Array(new SharedArrayBuffer(12)); // [0] counter, [1] lock, [2] start signal
  const workers = Array.from({ length: WORKERS }, () =>
    new Worker(new URL(import.meta.url), { workerData: { shared, useLock } }));
  // Start them all at once (a worker needs ~30 ms to boot, longer than its whole loop).
  // 等所有线程都启动好了再一起开始，否则先启动的线程早就算完了。
  await Promise.all(workers.map((w) => new Promise((resolve) => w.once('online', resolve))));
  Atomics.store(shared, 2, 1);
  Atomics.notify(shared, 2);
  await Promise.all(workers.map((w) => new Promise((resolve) => w.once('exit', resolve))));
  console.log(`counter = ${shared[0]} (expected ${WORKERS * TIMES})${useLock ? '' : ' — without a lock / 不加锁'}`);
} else {
  const { shared, useLock } = workerData;
  const mutex = new Mutex([shared, 1]);
  Atomics.wait(shared, 2, 0); // wait for the start signal / 等待开始信号
  for (let n = 0; n < TIMES; n++) {
    if (useLock) mutex.acquire();
    shared[0] = shared[0] + 1; // read, add, write: three steps that another thread can interleave
    if (useLock) mutex.release();
  }
}
