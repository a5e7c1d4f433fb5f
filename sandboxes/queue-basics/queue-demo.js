// The Queue API: capacity, put/get, get with a timeout, get_nowait, full/empty, put_nowait.
// 队列的基本用法（queue.js 就在旁边，打开看看它是怎么实现的）。
import { Queue, Empty, Full } from './queue.js';

const SCALE = Number(process.env.DEMO_TIME_SCALE) || 1;

const q = new Queue(5); // 括号内的数字：队列最多同时存放 5 个数据 / at most 5 items at a time
await q.put(111); // would wait while the queue is full / 队列满了会等待
let v1 = await q.get(); // would wait while the queue is empty / 队列中没有数据会原地等待
console.log(`v1 = ${v1}`);

const t0 = performance.now();
try {
  v1 = await q.get({ timeout: 3000 * SCALE }); // waits 3 s, then gives up
} catch (err) {
  if (!(err instanceof Empty)) throw err;
  console.log(`get(timeout=3) -> Empty after ${Number(((performance.now() - t0) / 1000).toFixed(1))} s`);
}

try {
  v1 = q.getNowait(); // does not wait at all
} catch (err) {
  if (!(err instanceof Empty)) throw err;
  console.log('get_nowait() -> Empty');
}

for (let i = 1; i <= 5; i++) await q.put(i);
// Exact here (one process); across processes Python's full()/empty() can lag behind (在多进程的情况下是不精确的).
console.log(`full(): ${q.full()} empty(): ${q.empty()}`);

try {
  q.putNowait(6);
} catch (err) {
  if (!(err instanceof Full)) throw err;
  console.log('put_nowait(6) -> Full');
}
