// JoinableQueue inside one process: two consumers that never stop, the main code waits with join().
// JoinableQueue（单个进程内）：两个永不停止的消费者，主程序用 join() 等所有数据都处理完。
import { setTimeout as sleep } from 'node:timers/promises';
import { JoinableQueue } from './queue.js';

const SCALE = Number(process.env.DEMO_TIME_SCALE) || 1;
const q = new JoinableQueue();

async function consumer(name) {
  while (true) {
    const food = await q.get();
    await sleep(100 * SCALE); // eating takes a while / 吃包子需要一点时间
    console.log(`${name}吃了${food}`);
    q.taskDone(); // 计数器 -1
  }
}

consumer('c1');
consumer('c2');
for (let i = 0; i < 4; i++) await q.put(`包子${i}`); // 计数器 +1 each

await q.join(); // 计数器为 0 才往后运行
console.log('主: 所有数据都已处理完毕');
// The consumers are still waiting in q.get(); a pending promise does not keep Node alive, so the
// program ends here (like daemon consumers in Python). 消费者还在等数据，但这不会阻止程序结束。

try {
  q.taskDone(); // one more than there were items
} catch (err) {
  console.log(`extra task_done -> ${err.message}`);
}
