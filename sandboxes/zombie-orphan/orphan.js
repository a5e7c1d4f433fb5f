// An orphan process: the parent dies while its child keeps running; the operating system gives the
// child a new parent (PID 1, or a "subreaper" such as `systemd --user`), which reaps it later.
// 孤儿进程：父进程先死了，子进程还在运行，操作系统让 1 号进程（或 subreaper）收养它。
//
// Three roles in this one file:
//   (no role)  you, the "terminal": starts the parent, then reads what the orphan wrote
//   parent     starts a detached child and exits after 0.5 s
//   child      notes its parent pid before and after, and writes both to orphan.log
//              (it writes to a file because, once detached, it has no terminal to print to)
// Real processes only (Linux/macOS terminal): the browser runtime has no process adoption.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { appendFileSync, existsSync, readFileSync, rmSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';

const SCALE = Number(process.env.DEMO_TIME_SCALE) || 1;
const FILE = fileURLToPath(import.meta.url);
const LOG = 'orphan.log';
const role = process.argv[2];

if (process.versions.webcontainer || process.platform === 'win32') {
  console.log('这个演示需要真实的操作系统进程（Linux/macOS 终端），浏览器运行时没有。请在本地运行：node orphan.js');
  console.log('This demo needs real OS processes (a Linux/macOS terminal); the browser runtime has none. Run it locally: node orphan.js');
  process.exit(2);
}

if (role === 'child') {
  const before = process.ppid;
  appendFileSync(LOG, `pid=${process.pid} ppid_before=${before}`);
  await sleep(1500 * SCALE); // meanwhile the parent exits / 这段时间里父进程已经退出
  // On a busy machine the parent may exit later than planned: wait (up to 10 s) until we have
  // really been adopted, rather than trusting the sleep. 机器繁忙时父进程可能退出得晚一些：等到真正被收养。
  for (let i = 0; i < 500 && process.ppid === before; i++) await sleep(20);
  appendFileSync(LOG, ` ppid_after=${process.ppid}\n`);
} else if (role === 'parent') {
  // detached + stdio 'ignore' + unref(): the parent does not wait for this child at all.
  const child = spawn(process.execPath, [FILE, 'child'], { detached: true, stdio: 'ignore' });
  child.unref();
  console.log(`parent pid=${process.pid} exits; child pid=${child.pid} keeps running`);
  // Exit only once the child has noted its parent (a new Node process takes a moment to start).
  for (let i = 0; i < 250 && !existsSync(LOG); i++) await sleep(20);
  await sleep(500 * SCALE);
  process.exit(0); // 父进程"意外死亡" / the parent goes away first
} else {
  rmSync(LOG, { force: true });
  const parent = spawn(process.execPath, [FILE, 'parent'], { stdio: 'inherit' });
  await new Promise((resolve) => parent.once('exit', resolve));
  console.log(`parent pid=${parent.pid} has exited; waiting for ${LOG} …`);

  let line = '';
  for (let i = 0; i < 100 && !line.endsWith('\n'); i++) { // up to ~10 s
    await sleep(100);
    try { line = readFileSync(LOG, 'utf8'); } catch { /* not written yet */ }
  }
  if (!line) {
    console.log(`${LOG} never appeared / 没有等到 ${LOG}`);
    process.exit(1);
  }
  console.log(`${LOG}: ${line.trim()}`);
  const [, before, after] = /ppid_before=(\d+) ppid_after=(\d+)/.exec(line).map(Number);
  console.log(`ppid_before is the parent's pid: ${before === parent.pid}`);
  console.log(`ppid_after is the parent's pid: ${after === parent.pid} → adopted by pid=${after} (1 = init, otherwise a subreaper)`);
  console.log(`孤儿进程被 pid=${after} 收养`);
  rmSync(LOG, { force: true });
}
