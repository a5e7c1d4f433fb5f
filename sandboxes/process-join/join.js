// join(): the parent waits for its children. Both variants of the notes (第一种: p1, p2, p3 written
// out; 第二种: a loop) start all three children first and join them afterwards, so the children run
// at the same time (≈ 3 s in total). --serial is NOT in the notes: it shows the mistake of joining
// each child right after starting it, which runs them one by one (≈ 9 s).
// join 方法：原文的第一种和第二种写法都是先全部 start 再逐个 join，三个子进程同时运行（约 3 秒）。
// --serial 不是原文的写法：演示 start 之后马上 join 的错误用法，变成串行（约 9 秒）。
//
// Usage: node join.js [--serial]
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { setTimeout as sleep } from 'node:timers/promises';

const SCALE = Number(process.env.DEMO_TIME_SCALE) || 1;

async function task(name, n) {
  console.log(`${name} is running`);
  await sleep(3000 * SCALE); // n is unused, as in the notes / 与原文一样，参数 n 没有用到
  console.log(`${name} is over`);
}

/** p.join(): resolves once the child has exited (at once if it already has). */
function join(p) {
  return new Promise((resolve) => {
    if (p.exitCode !== null || p.signalCode !== null) resolve();
    else p.once('exit', resolve);
  });
}

if (process.argv[2] === 'child') {
  await task(process.argv[3], Number(process.argv[4]));
} else {
  const serial = process.argv.includes('--serial');
  const startTime = performance.now();
  const pList = [];
  for (let i = 1; i <= 3; i++) {
    const p = fork(fileURLToPath(import.meta.url), ['child', `子进程${i}`, String(i)]);
    if (serial) await join(p); // --serial（不是原文）：start 之后马上 join，变成了串行 / joined at once: serial
    pList.push(p);
  }
  for (const p of pList) await join(p); // 主进程等待子进程运行结束之后再继续往后执行
  console.log('主', ((performance.now() - startTime) / 1000).toFixed(3)); // 3秒多一点 / a little over 3 s
}
