import type { Erratum } from './types.ts';

/** Errata shown on the `threads` page (CONTENT_MAP.md §3, E60–E61). */
const errata: Erratum[] = [
  {
    id: 'E60',
    page: 'threads',
    lines: 'L716, L726',
    severity: 'low',
    title: { zh: '错别字「在用一个进程内」；「虚拟单位」', en: 'Typo 「在用一个进程内」; “virtual units”' },
    note: {
      en: '「在用一个进程内」 → 「在同一个进程内」. “Virtual units” means both are abstractions created by the operating system.',
      zh: '「在用一个进程内」应为「在同一个进程内」。「虚拟单位」指二者都是操作系统提供的抽象概念。',
    },
  },
  {
    id: 'E61',
    page: 'threads',
    lines: 'L728–729',
    severity: 'med',
    title: { zh: '本节（也是整份笔记）到理论就结束了；Node 的区别', en: 'The section (and the notes) stop after the theory; a Node caveat' },
    note: {
      en: 'Missing: `threading.Thread` examples, `join`, daemon threads, locks (shared data needs them — “threads share data” also means “threads can corrupt shared data”), and CPython\'s GIL (one thread runs Python bytecode at a time, so threads help with I/O-bound, not CPU-bound, work). In Node, `worker_threads` do not share ordinary variables; only `SharedArrayBuffer` memory is shared.',
      zh: '本节到理论就结束了，缺少：`threading.Thread` 示例、`join`、守护线程、锁（「线程共享数据」也意味着会出现数据错乱，需要加锁），以及 CPython 的 GIL（同一时刻只有一个线程执行 Python 字节码，多线程适合 I/O 密集型而非计算密集型任务）。Node 的 `worker_threads` 默认不共享普通变量，只有 `SharedArrayBuffer` 中的内存是共享的。',
    },
  },
];
export default errata;
