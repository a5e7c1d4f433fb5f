// Hidden check: several rounds of 4 threads (a hidden thread file of its own) calling the reader's
// increment() a random number of times each; the shared counter must equal the sum every time.
import { Worker } from 'node:worker_threads';

const ROUNDS = 3;
const rnd = (n) => Math.floor(Math.random() * n);
let ok = true;
for (let round = 1; round <= ROUNDS && ok; round++) {
  const each = Array.from({ length: 4 }, () => 15_000 + rnd(10_000));
  const want = each.reduce((a, b) => a + b, 0);
  const counter = new Int32Array(new SharedArrayBuffer(4));
  let error = null;
  await Promise.all(each.map((n) => new Promise((resolve) => {
    const w = new Worker(new URL('./check-thread.js', import.meta.url), { workerData: { buffer: counter.buffer, each: n } });
    w.on('message', resolve);
    w.on('error', (err) => { error = err; resolve(); });
  })));
  const good = error === null && counter[0] === want;
  console.log(`${good ? '✓' : '✗'} 第 ${round} 轮：4 个线程共调用 ${want} 次 ｜ round ${round}: 4 threads, ${want} calls in all`);
  if (!good) {
    ok = false;
    console.log(`  expected: counter = ${want}`);
    console.log(`  actual:   ${error ? `a thread failed: ${error.message}` : `counter = ${counter[0]}（丢了 ${want - counter[0]} 次）｜ counter = ${counter[0]} (${want - counter[0]} increments lost)`}`);
  }
}
if (ok) console.log('PASS');
