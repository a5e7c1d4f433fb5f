// Hidden check: runs `node pool.js <random numbers>` and reads what it prints. Every number must be
// squared in a child process of its own (a pid other than main's), and `main: sum = <total>` must
// come after every child's line. node check-pool.js
import { fork } from 'node:child_process';

const rnd = (n) => Math.floor(Math.random() * n);
const numbers = Array.from({ length: 3 + rnd(4) }, () => 1 + rnd(40));
const total = numbers.reduce((a, n) => a + n * n, 0);
const main = fork('pool.js', numbers.map(String), { silent: true });
let out = '';
main.stdout.on('data', (d) => { out += d; });
main.stderr.on('data', (d) => { out += d; });
const timer = setTimeout(() => main.kill('SIGKILL'), 8000);
main.on('close', (code) => {
  clearTimeout(timer);
  const lines = out.split('\n').filter((l) => l.trim() !== '');
  console.log(`pool.js ${numbers.join(' ')} →`);
  for (const l of lines) console.log(`  | ${l}`);
  const sumAt = lines.findIndex((l) => /^main: sum = /.test(l));
  const children = lines.map((l, i) => ({ i, m: /^child (\d+): (\d+)² = (\d+)$/.exec(l) })).filter((x) => x.m);
  const pids = new Set(children.map((x) => x.m[1]));
  const checks = [
    [children.length === numbers.length && pids.size === numbers.length && !pids.has(String(main.pid)),
      `每个数字一个子进程（${numbers.length} 个不同的 pid）｜ one child per number (${numbers.length} distinct pids)`,
      `${numbers.length} 行子进程输出 ｜ ${numbers.length} child lines`, `${children.length} 行子进程输出，${pids.size} 个不同的 pid ｜ ${children.length} child lines, ${pids.size} distinct pids`],
    [sumAt >= 0 && lines[sumAt] === `main: sum = ${total}`,
      '总和正确 ｜ the sum is right', `main: sum = ${total}`, sumAt >= 0 ? lines[sumAt] : '（没有 "main: sum =" 这一行）｜ (no "main: sum =" line)'],
    [sumAt >= 0 && children.every((x) => x.i < sumAt),
      '总和在所有子进程结束之后才打印 ｜ the sum comes after every child', '所有 "child …" 行都在 "main: sum" 之前 ｜ every "child …" line before "main: sum"', sumAt >= 0 ? `"main: sum" 是 ${lines.length} 行中的第 ${sumAt + 1} 行 ｜ "main: sum" is line ${sumAt + 1} of ${lines.length}` : '（没有 "main: sum =" 这一行）｜ (no "main: sum =" line)'],
    [code === 0, '主进程正常退出 ｜ main exits normally', '退出码 0 ｜ exit code 0', `退出码 ${code} ｜ exit code ${code}`],
  ];
  let ok = true;
  for (const [pass, text, expected, actual] of checks) {
    console.log(`${pass ? '✓' : '✗'} ${text}`);
    if (!pass) {
      ok = false;
      console.log(`  expected: ${expected}`);
      console.log(`  actual:   ${actual}`);
    }
  }
  if (ok) console.log('PASS');
});
