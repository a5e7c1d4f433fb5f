// Switching on I/O: while task A waits for I/O, the CPU runs task B (multiprogramming on one CPU).
// 遇到 I/O 就切换：A 等待 I/O 的时候 CPU 去执行 B（单个 CPU 上的多道技术）。
//
// Usage: node io-overlap.js [--serial]
//   default   both tasks run concurrently on the one event loop → about 3 s
//   --serial  B starts only after A has finished              → about 6 s
import { setTimeout as sleep } from 'node:timers/promises';

const SCALE = Number(process.env.DEMO_TIME_SCALE) || 1;
const IO_WAIT = 1000 * SCALE; // one I/O wait (reading a disk, waiting for the network …)

/** A short piece of real CPU work (a few milliseconds). */
function compute() {
  let x = 0;
  for (let i = 0; i < 1e6; i++) x += i % 7;
  return x;
}

/** A task: three times (compute, then wait for I/O). */
async function task(name) {
  for (let step = 1; step <= 3; step++) {
    compute();
    console.log(`${name} 计算 step ${step}`);
    await sleep(IO_WAIT); // 等待 I/O：这段时间 CPU 是空闲的 / the CPU is free meanwhile
  }
}

const t0 = performance.now();
if (process.argv.includes('--serial')) {
  await task('A');
  await task('B');
} else {
  await Promise.all([task('A'), task('B')]);
}
console.log(`总耗时 total: ${((performance.now() - t0) / 1000).toFixed(1)} s`);
