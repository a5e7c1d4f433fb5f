// Daemon processes (Python: p.daemon = True): a daemonic child is killed as soon as the main
// program's own code has finished; normal children are still waited for.
// 守护进程：主进程代码运行完毕，守护进程就随之结束；普通子进程仍然会被等待。
// (Not a Unix "daemon" service: the Chinese name is the same, the meaning is the opposite.)
//
// Usage: node daemon.js [--no-daemon]   (--no-daemon: 总管 is a normal child too and finishes)
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { setTimeout as sleep } from 'node:timers/promises';

const SCALE = Number(process.env.DEMO_TIME_SCALE) || 1;

if (process.argv[2] === 'child') {
  const [name, seconds] = process.argv.slice(3);
  console.log(`${name} is running`);
  process.send('running'); // tell the parent we are up
  await sleep(Number(seconds) * 1000 * SCALE);
  console.log(`${name} is over`);
} else {
  const daemons = new Set();

  /** What Python does when the main code ends: terminate every daemonic child. */
  function killDaemons() {
    for (const p of daemons) p.kill();
    daemons.clear();
  }
  // Also on any way out of the main process (an error, process.exit(), Ctrl+C).
  process.on('exit', killDaemons);
  process.on('SIGINT', () => process.exit(130));
  process.on('SIGTERM', () => process.exit(143));

  /**
   * Start a child that runs for `seconds`; resolves once it is running (a Node process takes
   * ~50 ms to start). Like `p.daemon = True`, the daemon flag is decided *before* the start.
   * 守护标志必须在开启进程之前设置。
   */
  function start(name, seconds, { daemon = false } = {}) {
    const p = fork(fileURLToPath(import.meta.url), ['child', name, String(seconds)]);
    if (daemon) daemons.add(p);
    return new Promise((resolve) => p.once('message', () => resolve(p)));
  }

  await start('总管', 3, { daemon: !process.argv.includes('--no-daemon') });
  await start('普通子进程', 1);
  await sleep(500 * SCALE); // the main code does some work / 主进程干点别的
  console.log('主进程代码运行完毕');
  killDaemons();
  // Nothing left to do: Node now waits for the normal child (its IPC channel keeps us alive).
  // 接下来 Node 会等普通子进程结束再退出。
}
