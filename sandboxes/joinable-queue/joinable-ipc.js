// JoinableQueue across processes: producers egon and tank, consumers c1 and c2 that never stop.
// The parent waits for the producers (join), then for the queue (q.join()), then stops the
// consumers, as Python does with daemon consumers.
// 生产者消费者模型：等生产者结束，再 q.join() 等所有包子都被吃掉，最后结束（守护）消费者。
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { setTimeout as sleep } from 'node:timers/promises';
import { JoinableQueue } from './queue.js';
import { serveQueue, remoteQueue } from './queue-broker.js';

const SCALE = Number(process.env.DEMO_TIME_SCALE) || 1;

async function producer(name, q) {
  for (let i = 0; i < 3; i++) {
    await sleep(30 * SCALE); // making a bun / 做包子
    await q.put(`${name}的包子${i}`);
    console.log(`${name}生产了包子${i}`);
  }
}

async function consumer(name, q) {
  while (true) {
    const food = await q.get();
    await sleep(400 * SCALE); // eating / 吃包子
    console.log(`${name}吃了${food}`);
    q.taskDone();
  }
}

/** Child side of a start signal: say we are up, then wait for 'go'. */
function readyAndWait() {
  return new Promise((resolve) => {
    process.on('message', function onGo(msg) {
      if (msg === 'go') { process.off('message', onGo); resolve(); }
    });
    process.send('ready');
  });
}

const [role, name] = process.argv.slice(2);
if (role === 'producer') {
  await readyAndWait();
  await producer(name, remoteQueue());
} else if (role === 'consumer') {
  await readyAndWait();
  await consumer(name, remoteQueue());
} else {
  const q = new JoinableQueue();
  const start = (...args) => {
    const p = fork(fileURLToPath(import.meta.url), args);
    serveQueue(q, p);
    return p;
  };
  const exited = (p) => new Promise((resolve) => p.once('exit', resolve));

  const producers = [start('producer', 'egon'), start('producer', 'tank')];
  const consumers = [start('consumer', 'c1'), start('consumer', 'c2')];
  // A Node process needs a moment to boot: let all four begin at the same moment.
  // 等四个子进程都启动好了再同时开始。
  const all = [...producers, ...consumers];
  await Promise.all(all.map((p) => new Promise((resolve) => p.once('message', resolve))));
  for (const p of all) p.send('go');

  await Promise.all(producers.map(exited)); // p.join() for both producers
  await q.join(); // every bun has been eaten / 所有包子都被吃完了
  console.log('主');
  for (const c of consumers) c.kill(); // daemon consumers end with the main code / 消费者随主进程结束
}
