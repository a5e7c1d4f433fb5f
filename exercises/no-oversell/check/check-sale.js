// Hidden check: several rounds of a sale with a random number of tickets and more buyers than
// tickets, all started at once. Counted from what the buyers print AND what is left in the file:
// exactly as many sold as there were tickets, none left, never more. node check-sale.js
import { fork } from 'node:child_process';
import { readFileSync, writeFileSync, rmSync } from 'node:fs';

const ROUNDS = 3;
const rnd = (n) => Math.floor(Math.random() * n);
let ok = true;
for (let round = 1; round <= ROUNDS && ok; round++) {
  const tickets = 1 + rnd(3);
  const buyers = tickets + 3 + rnd(3);
  writeFileSync('tickets.json', JSON.stringify({ count: tickets }));
  rmSync('tickets.lock', { recursive: true, force: true });
  // Every buyer waits for the same opening moment (START_AT, see buy.js), so they all rush at once.
  const env = { ...process.env, START_AT: String(Date.now() + 800) };
  const outputs = await Promise.all(Array.from({ length: buyers }, (_, i) => new Promise((resolve) => {
    const p = fork('buy.js', [`buyer ${i + 1}`], { silent: true, env });
    let out = '';
    p.stdout.on('data', (d) => { out += d; });
    p.stderr.on('data', (d) => { out += d; });
    const timer = setTimeout(() => p.kill('SIGKILL'), 8000);
    p.on('close', () => { clearTimeout(timer); resolve(out); });
  })));
  const sold = outputs.filter((o) => /: bought/.test(o)).length;
  let left;
  try {
    left = JSON.parse(readFileSync('tickets.json', 'utf8')).count;
  } catch (err) {
    left = `unreadable tickets.json (${err.message})`;
  }
  const good = sold === tickets && left === 0;
  console.log(`${good ? '✓' : '✗'} 第 ${round} 轮：${tickets} 张票，${buyers} 个买家同时抢 ｜ round ${round}: ${tickets} tickets, ${buyers} buyers at once`);
  if (!good) {
    ok = false;
    console.log(`  expected: 卖出 ${tickets} 张，剩 0 张 ｜ ${tickets} bought, 0 left`);
    console.log(`  actual:   卖出 ${sold} 张，剩 ${left} 张${sold > tickets ? '（超卖了）' : ''} ｜ ${sold} bought, ${left} left${sold > tickets ? ' (oversold)' : ''}`);
    const err = outputs.find((o) => /Error/.test(o));
    if (err) console.log(`  a buyer failed: ${err.trim().split('\n').slice(0, 3).join(' / ')}`);
  }
}
if (ok) console.log('PASS');
