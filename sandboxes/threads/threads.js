// Threads in Node: worker_threads. A worker runs in the same process as the main thread (same pid,
// different threadId), but it has its own JavaScript variables: only SharedArrayBuffer memory is shared.
// 线程：worker 和主线程在同一个进程里（pid 相同），但 Node 的 worker 不共享普通变量，只共享 SharedArrayBuffer。
import { Worker, isMainThread, threadId, workerData, parentPort } from 'node:worker_threads';

let money = 100;

if (isMainThread) {
  console.log(`main:   pid=${process.pid} threadId=${threadId}`);
  const shared = new Int32Array(new SharedArrayBuffer(4)); // memory both threads can see
  shared[0] = 100;
  const worker = new Worker(new URL(import.meta.url), { workerData: shared });
  // Both listeners first: a worker that ends quickly has its message and its exit delivered together.
  const exited = new Promise((resolve) => worker.once('exit', resolve));
  const workerPid = await new Promise((resolve) => worker.once('message', resolve));
  await exited; // t.join()
  console.log(`same process as the worker: ${workerPid === process.pid}`);
  console.log(`main sees money = ${money} (plain JS variables are per-thread in Node)`);
  console.log(`main sees shared[0] = ${shared[0]} (SharedArrayBuffer memory is shared)`);
} else {
  // This file runs again inside the worker, with its own `money`. 在 worker 中本文件会重新执行一遍。
  console.log(`worker: pid=${process.pid} threadId=${threadId}`);
  money = 666; // changes only the worker's own variable / 只改了 worker 自己的变量
  workerData[0] = 666; // writes into the shared memory / 写入共享内存
  parentPort.postMessage(process.pid);
}
