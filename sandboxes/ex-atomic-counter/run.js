// Try it: 4 worker threads each call increment() 20 000 times on one shared counter.
import { Worker } from 'node:worker_threads';

const THREADS = 4;
const EACH = 20_000;
const counter = new Int32Array(new SharedArrayBuffer(4));
await Promise.all(Array.from({ length: THREADS }, () => new Promise((resolve, reject) => {
  const w = new Worker(new URL('./thread.js', import.meta.url), { workerData: { buffer: counter.buffer, each: EACH } });
  w.on('message', resolve);
  w.on('error', reject);
})));
const lost = THREADS * EACH - counter[0];
console.log(`${THREADS} threads × ${EACH}: expected ${THREADS * EACH}, counter = ${counter[0]}${lost > 0 ? ` (${lost} lost)` : ''}`);
