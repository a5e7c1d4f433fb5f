// A zombie process: a child that has finished, but whose parent has not collected its exit status
// (wait()) yet. It holds no memory, only its entry in the process table (its pid).
// 僵尸进程：子进程已经结束，但父进程还没有回收（wait）它，它仍然占着进程号。
//
// Node reaps its own children automatically, so a Node parent never keeps a zombie for long. To see
// one we need a parent that never calls wait(): `sh -c 'sleep 0.2 & exec sleep 3'` starts
// `sleep 0.2` in the background, then replaces itself with `sleep 3`, which never reaps it.
// Node 会自动回收自己的子进程，所以这里用一个从不调用 wait() 的父进程（sh → exec sleep 3）来制造僵尸进程。
//
// Real processes only (Linux/macOS terminal): the browser runtime has no `ps` and no process table.
import { spawn, execFile } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';

const SCALE = Number(process.env.DEMO_TIME_SCALE) || 1;
const secs = (s) => String(Number((s * SCALE).toFixed(3)));

function unavailable() {
  console.log('这个演示需要真实的操作系统进程和 ps 命令（Linux/macOS 终端），浏览器运行时没有。请在本地运行：node zombie.js');
  console.log('This demo needs real OS processes and the ps command (a Linux/macOS terminal); the browser runtime has neither. Run it locally: node zombie.js');
  process.exit(2);
}
if (process.versions.webcontainer || process.platform === 'win32') unavailable();

/** The processes whose parent is `ppid` (portable `ps`, filtered here). */
function childrenOf(ppid) {
  return new Promise((resolve) => {
    execFile('ps', ['-A', '-o', 'pid=,ppid=,stat=,comm='], (err, stdout) => {
      if (err) unavailable();
      const rows = stdout.trim().split('\n').map((line) => line.trim().split(/\s+/));
      resolve(rows.filter((r) => Number(r[1]) === ppid).map(([pid, pp, stat, ...comm]) =>
        ({ pid: Number(pid), ppid: Number(pp), stat, comm: comm.join(' ') })));
    });
  });
}

const script = `sleep ${secs(0.2)} & exec sleep 3`;
const sh = spawn('sh', ['-c', script], { stdio: 'ignore' });
await new Promise((resolve) => {
  sh.once('spawn', resolve);
  sh.once('error', unavailable); // no sh (e.g. in the browser)
});
const shExited = new Promise((resolve) => sh.once('exit', resolve));
console.log(`parent pid=${sh.pid}: sh -c '${script}'`);

await sleep(1000 * SCALE); // `sleep 0.2` has finished by now, `sleep 3` (its parent) still runs
// The command really run (`--ppid` is GNU-only and fails on macOS, so the filter is done here).
console.log(`$ ps -A -o pid=,ppid=,stat=,comm=   (only the rows with ppid=${sh.pid})`);
// On a busy machine `sleep 0.2` may not have finished yet: look again (up to 2 s) until it has.
let rows = await childrenOf(sh.pid);
for (let i = 0; i < 40 && !rows.some((r) => r.stat.startsWith('Z')); i++) {
  await sleep(50);
  rows = await childrenOf(sh.pid);
}
for (const r of rows) console.log(`pid=${r.pid} ppid=${r.ppid} stat=${r.stat} comm=${r.comm}`);
const zombie = rows.find((r) => r.stat.startsWith('Z'));
if (zombie) {
  console.log('stat=Z: 僵尸进程 —— 它已经结束了，但父进程从不调用 wait() 回收它');
  console.log('stat=Z: a zombie — it has finished, but its parent never calls wait() to collect it');
} else {
  console.log('no zombie found (unexpected) / 没有找到僵尸进程');
}

// Kill the non-reaping parent: its zombie child becomes an orphan, is adopted by PID 1 (or a
// "subreaper", see orphan.js) and reaped there. 杀死父进程后，僵尸进程被 1 号进程（或 subreaper）收养并回收。
sh.kill();
await shExited;
console.log(`killed the parent pid=${sh.pid}: init (process 1) or a subreaper adopts the zombie and reaps it`);
console.log(`杀死父进程 pid=${sh.pid}：僵尸进程由 1 号进程（或 subreaper）收养并回收`);
