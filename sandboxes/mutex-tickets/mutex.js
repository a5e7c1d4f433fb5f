// Buying the last ticket: ten processes check and buy at the same time.
// Without a lock several of them "succeed" (the ticket is oversold); with the lock only the buy
// step runs one process at a time, and exactly one succeeds. 牺牲效率但是保证了数据的安全。
// 抢票：十个进程同时查票、买票。不加锁会超卖；给买票环节加锁后只有一个人买到。
//
// Usage: node mutex.js [--no-lock]
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { Lock, childMutex } from './lock-ipc.js';

const SCALE = Number(process.env.DEMO_TIME_SCALE) || 1;
const DATA = 'data.json'; // {"ticket_num": 1}: one ticket left / 只剩一张票

const readTickets = () => JSON.parse(readFileSync(DATA, 'utf8')).ticket_num;

/** Write via a temporary file (one per process) + rename, so a reader never sees a half-written file. */
function writeTickets(n) {
  const tmp = `${DATA}.${process.pid}.tmp`;
  writeFileSync(tmp, JSON.stringify({ ticket_num: n }));
  renameSync(tmp, DATA);
}

// 查票 (not locked: anyone may look at any time)
function search(i) {
  console.log(`用户${i}查询余票：${readTickets()}`);
}

// 买票: read, wait for the "network", then write back
async function buy(i) {
  const n = readTickets();
  await sleep(300 * SCALE); // simulated network delay / 模拟网络延迟
  if (n > 0) {
    writeTickets(n - 1);
    console.log(`用户${i}买票成功`);
  } else {
    console.log(`用户${i}买票失败`);
  }
}

async function run(i, useLock) {
  search(i);
  // Wait for the sale to open, so that all ten buyers start together. 等待开售，大家同时开抢。
  await new Promise((resolve) => {
    process.on('message', function onGo(msg) {
      if (msg === 'go') { process.off('message', onGo); resolve(); }
    });
    process.send('ready');
  });
  if (!useLock) return buy(i);
  const mutex = childMutex();
  await mutex.acquire(); // 抢锁
  try {
    await buy(i);
  } finally {
    mutex.release(); // 释放锁
  }
}

if (process.argv[2] === 'child') {
  await run(Number(process.argv[3]), process.argv[4] === 'lock');
} else {
  const useLock = !process.argv.includes('--no-lock');
  writeTickets(1);
  const mutex = new Lock(); // 在主进程中生成一把锁，让所有的子进程抢
  const children = [];
  for (let i = 1; i <= 10; i++) {
    const p = fork(fileURLToPath(import.meta.url), ['child', String(i), useLock ? 'lock' : 'nolock']);
    mutex.serve(p);
    children.push(p);
  }
  // Everyone has looked at the ticket count: open the sale. 所有人都查过票了，开始抢票。
  await Promise.all(children.map((p) => new Promise((resolve) => p.once('message', resolve))));
  console.log(`开始抢票 / sale opens (${useLock ? 'with the lock / 加锁' : 'no lock / 不加锁'})`);
  const t0 = performance.now();
  for (const p of children) p.send('go');
  await Promise.all(children.map((p) => new Promise((resolve) => p.once('exit', resolve)))); // join
  console.log(`${DATA}: ${readFileSync(DATA, 'utf8')}`);
  console.log(`抢票用时 buying took ${((performance.now() - t0) / 1000).toFixed(1)} s`);
}
