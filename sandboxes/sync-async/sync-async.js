// Synchronous + blocking vs asynchronous + non-blocking, made visible with a "ticker".
// 同步阻塞 vs 异步非阻塞：用一个每 100ms 跳一次的 ticker 看程序在等待期间还能不能干别的事。
import { setTimeout as sleep } from 'node:timers/promises';

const SCALE = Number(process.env.DEMO_TIME_SCALE) || 1; // tests run faster with e.g. 0.5
const TICK = 100 * SCALE; // the ticker's period
const TASK = 1000 * SCALE; // how long the "task" takes

const seconds = (ms) => Number((ms / 1000).toFixed(1));

/**
 * Start a ticker that counts how often the event loop gets to run it. Each tick is planned for
 * an exact time (start + k × TICK), so a late tick does not push the later ones back.
 */
function startTicker() {
  const ticker = { count: 0 };
  const start = performance.now();
  const plan = () => {
    const next = start + (ticker.count + 1) * TICK;
    ticker.timer = setTimeout(() => {
      ticker.count++;
      plan();
    }, Math.max(0, next - performance.now()));
  };
  plan();
  return ticker;
}

/** Block the whole thread for `ms`: nothing else (not even timers) can run meanwhile. */
function blockingSleep(ms) {
  // Inside a WebContainer (process.versions.webcontainer is set) tools switch Atomics.wait off:
  // busy-wait there, which blocks the thread just the same. WebContainer 中改用忙等，同样卡住线程。
  if (typeof process.versions.webcontainer === 'string') {
    if (!blockingSleep.noted) console.log('(Atomics.wait is not allowed here: busy-waiting instead / 改用忙等)');
    blockingSleep.noted = true;
    const end = performance.now() + ms;
    while (performance.now() < end);
    return;
  }
  try {
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
  } catch {
    // Some runtimes forbid Atomics.wait on the main thread: spin instead (at most 1 s).
    // 某些运行环境不允许在主线程中使用 Atomics.wait，这时改用忙等（最多 1 秒）。
    console.log('(Atomics.wait is not allowed here: busy-waiting instead / 改用忙等)');
    const end = Date.now() + Math.min(ms, 1000);
    while (Date.now() < end);
  }
}

// 1) 同步 + 阻塞: submit the task and wait in place; the thread is stuck.
{
  const ticker = startTicker();
  const t0 = performance.now();
  blockingSleep(TASK);
  clearTimeout(ticker.timer);
  console.log(`同步: 等了 ${seconds(performance.now() - t0)}s, 期间 ticker 跳了 ${ticker.count} 次`);
}

// 2) 异步 + 非阻塞: submit the task, go on at once, get the result through a callback.
{
  const ticker = startTicker();
  const t0 = performance.now();
  // The result arrives half a tick after the 10th tick, so the two never land on the same instant.
  // 结果比第 10 次 tick 晚半个 tick 到达，避免两者恰好同时发生。
  sleep(TASK + TICK / 2, '任务结果').then((result) => {
    clearTimeout(ticker.timer);
    console.log(`异步: 回调拿到「${result}」, 等了 ${seconds(performance.now() - t0)}s, 期间 ticker 跳了 ${ticker.count} 次`);
  });
  console.log('异步: 任务已提交, 我先去做别的事');
}
