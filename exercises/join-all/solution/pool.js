// 练习：等所有子进程结束 (join every child). Run: node pool.js 3 4 5
// Starts one child process per number; each sends back its square. The sum may only be printed
// once every child has finished — like calling p.join() on each process.
import { fork } from 'node:child_process';

const numbers = process.argv.slice(2).map(Number);
let sum = 0;

const children = numbers.map((n) => {
  const child = fork('./square.js', [String(n)]);
  child.on('message', (msg) => {
    sum += msg.square;
  });
  // join(): resolves once this child has exited (its message has arrived before that).
  return new Promise((resolve) => child.on('exit', resolve));
});

await Promise.all(children); // 等所有子进程都结束 (wait for every child)
console.log(`main: sum = ${sum}`);
