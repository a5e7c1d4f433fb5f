import type { Erratum } from './types.ts';

/** Errata shown on the `processes` page (CONTENT_MAP.md §3, E46–E54). */
const errata: Erratum[] = [
  {
    id: 'E46',
    page: 'processes',
    lines: 'L498–503',
    severity: 'med',
    title: { zh: 'Windows 与 Linux 创建进程的方式（已过时）', en: 'Windows vs Linux process creation (outdated)' },
    note: {
      en: "Windows uses the spawn start method (a fresh interpreter re-imports the main module, hence the `__main__` guard). macOS also defaults to spawn since Python 3.8. Linux used fork (a copy-on-write copy, not a literal full copy) up to Python 3.13 and defaults to forkserver since 3.14 — write the `if __name__ == '__main__':` guard on every OS. (Node's `fork()` always starts a fresh process, like spawn.)",
      zh: "Windows 使用 spawn 方式（新解释器重新导入主模块，所以必须写 `__main__` 判断）；macOS 从 Python 3.8 起默认也是 spawn；Linux 在 3.13 及以前默认 fork（写时复制，并非真的完整拷贝一份），3.14 起默认 forkserver。因此任何系统都应写 `if __name__ == '__main__':`。（Node 的 `fork()` 总是启动全新进程，类似 spawn。）",
    },
  },
  {
    id: 'E47',
    page: 'processes',
    lines: 'L528–529',
    severity: 'low',
    title: { zh: '错别字「对于在内存中」', en: 'Typo 「对于在内存中」' },
    note: {
      en: 'Read 「对应在内存中」 (“corresponds in memory to”).',
      zh: '「对于」应为「对应」。',
    },
  },
  {
    id: 'E48',
    page: 'processes',
    lines: 'L537–567',
    severity: 'high',
    title: { zh: 'join 示例无法运行', en: 'The join example does not run' },
    note: {
      en: 'L559 (`start_time = time.time()`) is indented with a tab while the statements around it use four spaces → `IndentationError: unindent does not match any outer indentation level` (verified with Python 3.11). L548 and L558 are tab-indented too, but they hold only comments, which Python ignores for indentation: re-indenting L559 alone makes the block parse (verified). Commented statements were merged into single lines (L551, L553, L555 hide `p3 = …`, `start_time = …`, `p3.start()`, `p3.join()`), and `task(name, n)` never uses `n` (the classic version sleeps `n` seconds). Use spaces only, one statement per line.',
      zh: 'L559（`start_time = time.time()`）用的是 Tab 缩进，而前后的语句都是 4 个空格 → 报 `IndentationError`（已用 Python 3.11 验证）。L548、L558 也是 Tab 缩进，但它们只有注释，Python 判断缩进时忽略注释行：只把 L559 改成空格缩进，这段代码就能通过解析（已验证）。几行被注释的代码被合并到了一行（L551、L553、L555 中藏着 `p3 = …`、`start_time = …`、`p3.start()`、`p3.join()`）；`task(name, n)` 的参数 `n` 没有使用（原版是 `time.sleep(n)`）。统一用空格缩进，每行一条语句。',
    },
  },
  {
    id: 'E49',
    page: 'processes',
    lines: 'L573–583',
    severity: 'med',
    title: { zh: '缺少导入', en: 'Missing import' },
    note: {
      en: "Add `from multiprocessing import Process`; without it: `NameError: name 'Process' is not defined` (verified). With it the program prints `100`.",
      zh: '缺少 `from multiprocessing import Process`，直接运行会报 `NameError`（已验证）；补上后输出 `100`。',
    },
  },
  {
    id: 'E50',
    page: 'processes',
    lines: 'L590–591',
    severity: 'low',
    title: { zh: '「加入cmd」与 tasklist |findstr PID', en: '「加入cmd」; tasklist |findstr PID' },
    note: {
      en: '「加入cmd」 → 「进入cmd」. `findstr` needs the actual number: `tasklist | findstr 12345` or `tasklist /FI "PID eq 12345"`; on Linux/macOS `ps -p 12345` or `ps -ef | grep 12345`.',
      zh: '「加入cmd」应为「进入cmd」。`findstr` 后面要写具体的进程号，如 `tasklist | findstr 12345` 或 `tasklist /FI "PID eq 12345"`；Linux/macOS 用 `ps -p 12345` 或 `ps -ef | grep 12345`。',
    },
  },
  {
    id: 'E51',
    page: 'processes',
    lines: 'L593–599',
    severity: 'med',
    title: {
      zh: '代码不完整：缺少导入；对未启动的进程调用 terminate()；is_alive() 的时机',
      en: 'Fragment: imports; terminate() on an unstarted process; is_alive() timing',
    },
    note: {
      en: "Needs `from multiprocessing import Process, current_process` and `import os`. Calling `p.terminate()` on a process that was never started raises `AttributeError: 'NoneType' object has no attribute 'terminate'` (verified) — start it first. Right after `terminate()`, `is_alive()` is still `True`; after a short sleep or `p.join()` it is `False` (exit code −15) (verified).",
      zh: '需要导入 `from multiprocessing import Process, current_process` 和 `import os`。对未启动的进程调用 `p.terminate()` 会报 `AttributeError`（已验证），要先 `start()`。`terminate()` 之后立刻调用 `is_alive()` 仍是 `True`，稍等片刻或 `join()` 之后才是 `False`（退出码 −15，已验证）。',
    },
  },
  {
    id: 'E52',
    page: 'processes',
    lines: 'L606–613',
    severity: 'low',
    title: { zh: '僵尸进程（不够准确）', en: 'Zombies (imprecise)' },
    note: {
      en: 'Zombies are a Unix concept: every finished child stays a zombie until the parent collects its exit status (`wait`/`waitpid`; in Python `join()`, and also `is_alive()`, `active_children()` or starting another process). A zombie holds no memory, only a process-table entry (its PID); many unreaped zombies can exhaust PIDs. Windows has no zombies in this sense.',
      zh: '僵尸进程是 Unix 的概念：子进程结束后，在父进程回收其退出状态（`wait`/`waitpid`；Python 中的 `join()`，以及 `is_alive()`、`active_children()`、启动新进程时都会顺带回收）之前都是僵尸进程。僵尸进程不占内存，只占进程表项（PID），大量不回收会耗尽 PID。Windows 没有这种意义上的僵尸进程。',
    },
  },
  {
    id: 'E53',
    page: 'processes',
    lines: 'L618–620',
    severity: 'low',
    title: { zh: '「儿童福利院」（不够准确）', en: 'The “children\'s welfare home” (imprecise)' },
    note: {
      en: 'Orphans are adopted by the init process (PID 1, e.g. systemd) or a designated subreaper, which reaps them when they exit. Orphans are harmless; unreaped zombies are the problem.',
      zh: '孤儿进程会被 init 进程（PID 1，如 systemd）或指定的 subreaper 收养，并在其结束时回收。孤儿进程无害，真正有害的是不被回收的僵尸进程。',
    },
  },
  {
    id: 'E54',
    page: 'processes',
    lines: 'L626',
    severity: 'med',
    title: { zh: '「守护进程」的含义（术语 + 不完整）', en: 'Daemon process: terminology, and incomplete' },
    note: {
      en: 'In `multiprocessing`, `daemon=True` means the child is terminated as soon as the main program\'s own code ends (before non-daemon children are waited for) and may not create children of its own. It is the opposite of a Unix daemon (a detached background service). Setting it after `start()` raises `AssertionError: process has already started` (verified).',
      zh: '`multiprocessing` 中的守护进程指：主进程代码运行结束时（在等待非守护子进程之前）就会被终止，并且不能再创建子进程。它与 Unix 中的「守护进程」（脱离终端、长期在后台运行的服务）含义相反。在 `start()` 之后再设置会报 `AssertionError: process has already started`（已验证）。',
    },
  },
  {
    id: 'E64',
    page: 'processes',
    lines: 'L598–599',
    severity: 'low',
    title: { zh: '不是「当前进程」，而是进程对象 p', en: 'Not “the current process” but the process object p' },
    note: {
      en: 'Added in review (not in the content map). `p.terminate()` and `p.is_alive()` act on the child process that `p` stands for, not on the current (calling) process: 「杀死当前进程」 should read “kill process p”, 「判断当前进程是否存活」 “tell whether process p is alive”. The current process is `current_process()` / `os.getpid()` two lines above.',
      zh: '审校补充（内容地图中没有）。`p.terminate()` 和 `p.is_alive()` 作用于 `p` 所代表的子进程，而不是当前（调用它的）进程：「杀死当前进程」应为「杀死进程 p」，「判断当前进程是否存活」应为「判断进程 p 是否存活」。当前进程是上面两行的 `current_process()` / `os.getpid()`。',
    },
  },
];
export default errata;
