// Way 1 of starting a process: fork this very file and run task('gavin') in the child.
// 开启进程的第一种方式：fork 本文件，在子进程中执行 task('gavin')。
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { setTimeout as sleep } from 'node:timers/promises';

const SCALE = Number(process.env.DEMO_TIME_SCALE) || 1;

async function task(name) {
  console.log(`${name} is running`);
  await sleep(3000 * SCALE);
  console.log(`${name} is over`);
}

// fork() starts a fresh Node process that runs this file again from the top, so the role check
// plays the part of Python's `if __name__ == '__main__':` (without it the child would fork again, forever).
// fork() 启动一个全新的 Node 进程，从头执行本文件；这个判断就相当于 Python 的 if __name__ == '__main__':
if (process.argv[2] === 'child') {
  await task(process.argv[3]);
} else {
  // 1 创建并开启进程: ask the operating system for a new process (asynchronous: fork() returns at once)
  fork(fileURLToPath(import.meta.url), ['child', 'gavin']);
  console.log('主');
}
