// Processes do not share data: the child changes its own `money`, the parent still sees 100.
// 进程之间数据相互隔离：子进程改的是它自己的 money，主进程里的 money 还是 100。
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';

let money = 100;

function task() {
  money = 666; // Python: global money; money = 666
  console.log(`子进程 money = ${money}`);
}

if (process.argv[2] === 'child') {
  // The child is a fresh Node process: it ran `let money = 100` itself, then changes its own copy.
  // 子进程是全新的 Node 进程：它自己执行了 let money = 100，改的只是自己内存里的变量。
  task();
} else {
  const p = fork(fileURLToPath(import.meta.url), ['child']);
  await new Promise((resolve) => p.once('exit', resolve)); // p.join()
  console.log(money); // 100
}
