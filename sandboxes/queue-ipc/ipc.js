// IPC: two child processes talk through a queue (研究思路 2: 子进程跟子进程借助于队列通信).
// With --main: the parent puts, a child gets (研究思路 1: 主进程跟子进程借助于队列通信).
//
// Usage: node ipc.js [--main]
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { Queue } from './queue.js';
import { serveQueue, remoteQueue } from './queue-broker.js';

async function producer(q) {
  await q.put('我是1');
  console.log('hello');
}

async function consumer(q) {
  console.log(await q.get());
}

const role = process.argv[2];
if (role === 'producer') {
  await producer(remoteQueue());
} else if (role === 'consumer') {
  await consumer(remoteQueue());
} else {
  const q = new Queue(); // lives here, in the parent / 队列在主进程中
  const start = (name) => {
    const p = fork(fileURLToPath(import.meta.url), [name]);
    serveQueue(q, p); // the child reaches the queue through its IPC channel
    return p;
  };
  if (process.argv.includes('--main')) {
    start('consumer');
    await q.put('主进程的数据');
  } else {
    // The two lines can come in either order: both children run at the same time.
    // hello 和 我是1 谁先打印不一定：两个子进程是同时运行的。
    start('producer');
    start('consumer');
  }
}
