// 练习：抢票不能超卖 (the ticket sale must never oversell). One buyer process:
// reads tickets.json, "talks to the network" for a moment, then writes one ticket less.
// Several buyers run at once, so two can read the same count and both sell the last ticket.
// Use the lock in lock.js so that read → wait → write happens for one buyer at a time.
import { readFileSync, writeFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { acquire, release } from './lock.js';

const name = process.argv[2] ?? `buyer ${process.pid}`;

// 开售时间：所有买家同时开抢 (the sale opens at START_AT for every buyer at once).
await sleep(Math.max(0, Number(process.env.START_AT ?? 0) - Date.now()));

// 加锁：读余票 → 等待 → 写回，整段只允许一个买家同时进行 (one buyer at a time through the whole read–wait–write).
await acquire();
try {
  const { count } = JSON.parse(readFileSync('tickets.json', 'utf8'));
  await sleep(20 + Math.random() * 30); // 模拟网络延迟 (network delay)
  if (count > 0) {
    writeFileSync('tickets.json', JSON.stringify({ count: count - 1 }));
    console.log(`${name}: bought`);
  } else {
    console.log(`${name}: sold out`);
  }
} finally {
  release();
}
