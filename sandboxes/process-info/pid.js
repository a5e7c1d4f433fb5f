// Process ids, terminate() and is_alive() in Node.
// 进程号、terminate()（杀死进程）和 is_alive()（是否存活）在 Node 中的写法。
//   os.getpid() / current_process().pid → process.pid      os.getppid() → process.ppid
//   p.pid → child.pid    p.terminate() → child.kill()       p.is_alive() → isAlive(child)
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { setTimeout as sleep } from 'node:timers/promises';

const SCALE = Number(process.env.DEMO_TIME_SCALE) || 1;

/** p.is_alive(): not exited yet. (child.killed only says that a signal was *sent*.) */
const isAlive = (p) => p.exitCode === null && p.signalCode === null;

if (process.argv[2] === 'child') {
  console.log(`child: pid=${process.pid} ppid=${process.ppid}`);
  process.send({ pid: process.pid, ppid: process.ppid }); // tell the parent what we see
  setTimeout(() => {}, 60_000); // idle on a timer until killed / 靠定时器空等，直到被杀死
  process.on('disconnect', () => process.exit()); // the parent is gone: stop too
} else {
  console.log(`parent: pid=${process.pid}`);
  const p = fork(fileURLToPath(import.meta.url), ['child']);
  const seen = await new Promise((resolve) => p.once('message', resolve));
  await sleep(300 * SCALE);

  console.log(`child pid seen by parent: ${p.pid}`);
  console.log(`child.pid matches the child's own process.pid: ${p.pid === seen.pid}`);
  console.log(`child's ppid matches the parent's process.pid: ${seen.ppid === process.pid}`);

  const exited = new Promise((resolve) => p.once('exit', resolve));
  p.kill(); // SIGTERM = p.terminate(): asks the OS to kill it, which takes a moment / 告诉操作系统去杀死，需要一定时间
  console.log(`is_alive right after kill: ${isAlive(p)} (killed flag: ${p.killed})`);
  await exited;
  console.log(`is_alive after exit event: ${isAlive(p)} signal: ${p.signalCode}`);
}
