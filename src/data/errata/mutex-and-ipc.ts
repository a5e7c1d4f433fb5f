import type { Erratum } from './types.ts';

/** Errata shown on the `mutex-and-ipc` page (CONTENT_MAP.md §3, E55–E59). */
const errata: Erratum[] = [
  {
    id: 'E55',
    page: 'mutex-and-ipc',
    lines: 'L632–635',
    severity: 'low',
    title: { zh: '错别字「结束」「旨在」', en: 'Typos 「结束」, 「旨在」' },
    note: {
      en: '「解决的问题结束加锁处理」 → 「解决的办法就是加锁处理」; 「锁旨在…」/「旨在争抢数据的环节」 → 「只在」 (“lock only the part that modifies the data”).',
      zh: '「解决的问题结束加锁处理」应为「解决的办法就是加锁处理」；两处「旨在」应为「只在」。',
    },
  },
  {
    id: 'E56',
    page: 'mutex-and-ipc',
    lines: 'L637–652',
    severity: 'high',
    title: { zh: '抢票程序什么都不会执行（未完成）', en: 'The ticket program never runs anything (incomplete)' },
    note: {
      en: 'The processes are never started (no `p.start()`, no `join()`), `search()` and `buy()` are not defined, and there is no ticket file or `import json, time` — the script prints nothing (verified). Complete version: a data file `{"ticket_num": 1}`; `search(i)` reads and prints; `buy(i)` reads, sleeps (network delay), checks, writes; `with mutex: buy(i)`; start all processes, then join them. Note that an unlocked `search` may read the file while a buyer rewrites it — write to a temporary file and `os.replace()` it.',
      zh: '进程从未启动（没有 `p.start()` 和 `join()`），`search()`、`buy()` 没有定义，也没有票数数据文件和 `import json, time`——运行后什么都不输出（已验证）。完整版：数据文件 `{"ticket_num": 1}`；`search(i)` 读取并打印余票；`buy(i)` 读取、模拟网络延迟、判断、写回；用 `with mutex: buy(i)` 加锁；先启动全部进程再逐个 join。另外未加锁的 `search` 可能在别的进程写文件时读到空文件，应先写临时文件再 `os.replace()`。',
    },
  },
  {
    id: 'E57',
    page: 'mutex-and-ipc',
    lines: 'L659–668',
    severity: 'low',
    title: { zh: '队列代码：错别字与运行结果', en: 'Queue block: typos and behaviour' },
    note: {
      en: 'L659–660 are prose inside the code (a SyntaxError if run). 「生辰过的队列」 → 「生成的队列」. 「queue.Em pty」/「queue.Em」 → `queue.Empty` (the exception class from the `queue` module). Run in order, the block stops at `q.get(timeout=3)`: the only item was already taken, so it raises `queue.Empty` after 3 s (verified). The remark that `full()/empty()/get_nowait()` are unreliable with several processes is correct (Python docs: after a `put` there may be a short delay before `empty()` turns False).',
      zh: 'L659–660 是写在代码里的说明文字（直接运行会语法错误）。「生辰过的队列」应为「生成的队列」；「queue.Em pty」「queue.Em」应为 `queue.Empty`。按顺序运行时，唯一的数据已被取走，`q.get(timeout=3)` 会在 3 秒后抛出 `queue.Empty`（已验证），后面的代码不会执行。关于 `full()/empty()/get_nowait()` 在多进程下不精确的说法是正确的。',
    },
  },
  {
    id: 'E58',
    page: 'mutex-and-ipc',
    lines: 'L681–700',
    severity: 'low',
    title: { zh: 'IPC 示例不完整', en: 'IPC example incomplete' },
    note: {
      en: 'The docstring promises main⇄child and child⇄child communication, but only child⇄child is shown. The order of `hello` and `我是1` is not deterministic (both orders observed).',
      zh: '注释说要研究「主进程与子进程」「子进程与子进程」两种通信，代码只演示了后者。`hello` 和 `我是1` 的输出顺序不固定（两种顺序都出现过）。',
    },
  },
  {
    id: 'E59',
    page: 'mutex-and-ipc',
    lines: 'L704–706',
    severity: 'low',
    title: { zh: 'JoinableQueue：多字与缺少示例', en: 'JoinableQueue: typo, and no example' },
    note: {
      en: '「往该队列中和存入数据」 → 「往该队列中存入数据」. No code is given; calling `task_done()` more times than items were put raises `ValueError: task_done() called too many times`. Typical use: consumers call `task_done()` after each item, the main process waits with `q.join()`, consumers are daemons so they end with the main process.',
      zh: '「往该队列中和存入数据」多了「和」字。原文没有代码；`task_done()` 调用次数多于放入的数据数时会报 `ValueError`。典型用法：消费者每处理完一个数据调用一次 `task_done()`，主进程 `q.join()` 等待，消费者设为守护进程随主进程结束。',
    },
  },
  {
    id: 'E68',
    page: 'mutex-and-ipc',
    lines: 'L648',
    severity: 'low',
    title: { zh: '错别字「谁谁买票」', en: 'Typo 「谁谁买票」' },
    note: {
      en: 'Added in review (not in the content map). 「谁先抢到谁谁买票」 has one 谁 too many: 「谁先抢到谁买票」 (“whoever gets it first buys the ticket”).',
      zh: '审校补充（内容地图中没有）。「谁先抢到谁谁买票」多了一个「谁」，应为「谁先抢到谁买票」。',
    },
  },
];
export default errata;
