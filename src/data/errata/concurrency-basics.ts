import type { Erratum } from './types.ts';

/** Errata shown on the `concurrency-basics` page (CONTENT_MAP.md §3). */
const errata: Erratum[] = [
  {
    id: 'E39',
    page: 'concurrency-basics',
    lines: 'L391–392',
    severity: 'low',
    title: { zh: '句子没有写完', en: 'Sentence cut off' },
    note: {
      zh: '句子被截断，补全：当任务 A 等待 I/O 时，CPU 切换去执行已在内存中的任务 B。',
      en: 'Complete the idea: while A waits for I/O, the CPU switches to B, which is already in memory.',
    },
  },
  {
    id: 'E40',
    page: 'concurrency-basics',
    lines: 'L395–396',
    severity: 'low',
    title: { zh: '错字「公用」，例子不准确', en: 'Typo 「公用」 and imprecise examples' },
    note: {
      zh: '「公用」应为「共用」。空间上的复用：内存中同时存放多个程序，各自占用相互隔离的区域；时间上的复用：多个程序轮流使用 CPU（切换+保存状态）。经典例子：烧水（I/O 等待）的同时去切菜（CPU 工作）。',
      en: '「公用」 → 「共用」. Space multiplexing: several programs are in memory at the same time, each in its own isolated region. Time multiplexing: they take turns on the CPU (switch + save state). A classic time-multiplexing example: while the water boils (I/O), chop the vegetables (CPU work).',
    },
  },
  {
    id: 'E41',
    page: 'concurrency-basics',
    lines: 'L401',
    severity: 'low',
    title: { zh: '多余的空括号', en: 'Empty parentheses' },
    note: {
      zh: '多余的空括号，可忽略。',
      en: 'Leftover empty parentheses — ignore.',
    },
  },
  {
    id: 'E42',
    page: 'concurrency-basics',
    lines: 'L414',
    severity: 'low',
    title: { zh: '先来先服务并没有「不用了」', en: 'FCFS is still in use' },
    note: {
      zh: '先来先服务仍在使用——很多调度器在同一优先级内部就是先来先服务，批处理系统和 Linux 实时调度策略 SCHED_FIFO 也是；只是交互式系统不会单独使用它。',
      en: "FCFS is still used — inside priority levels of many schedulers, in batch systems, and as Linux's real-time policy SCHED_FIFO — just not on its own for interactive systems.",
    },
  },
  {
    id: 'E43',
    page: 'concurrency-basics',
    lines: 'L430–433',
    severity: 'low',
    title: { zh: '错字、引号未闭合、多级反馈队列规则不全', en: 'Typo, unclosed quotes, incomplete MLFQ rules' },
    note: {
      zh: '「且分成」应为「切分成」；代码块中的 `"""` 没有闭合。多级反馈队列规则：新任务进入第一级队列；用完整个时间片仍未结束的任务降到下一级；越低的队列时间片越长；高优先级队列来了新任务会抢占低优先级任务。',
      en: '「且分成」 → 「切分成」. The block opens a `"""` that is never closed. MLFQ rules: new jobs enter the top queue; a job that uses its whole time slice moves down one level; lower levels get longer slices; a job arriving in a higher queue pre-empts lower ones.',
    },
  },
  {
    id: 'E44',
    page: 'concurrency-basics',
    lines: 'L436–445',
    severity: 'low',
    title: { zh: '所谓「三状态」与几处错字', en: 'The “three states”, and typos' },
    note: {
      zh: '文中还提到了创建和结束，实际是五状态模型（新建、就绪、运行、阻塞、终止）。错字：「慢去」→「满足」，「正在等在」→「正在等待」，L437 句末多余的「，」。状态转换：运行→阻塞（I/O、sleep）；阻塞→**就绪**（不会直接进入运行）；就绪→运行（被调度）；运行→就绪（时间片用完）。',
      en: 'The text also mentions creation and termination — that is the five-state model (new, ready, running, blocked, terminated). Typos: 「慢去」 → 「满足」, 「正在等在」 → 「正在等待」, dangling 「，」 at the end of L437. Transitions: running → blocked (I/O, sleep); blocked → **ready** (never directly to running); ready → running (scheduled); running → ready (time slice used up).',
    },
  },
  {
    id: 'E45',
    page: 'concurrency-basics',
    lines: 'L467–468',
    severity: 'low',
    title: { zh: '把阻塞等同于阻塞态是简化说法', en: 'Blocking = blocked state is a simplification' },
    note: {
      zh: '把阻塞/非阻塞等同于进程状态是本课程的简化说法。通常的定义：阻塞调用要等结果（或 I/O）就绪才返回；非阻塞调用立即返回（可能返回「尚未就绪」）。同步/异步关注的是结果如何交付（原地等待还是回调/通知）。',
      en: "Linking blocking to process states is this course's simplification. Usually: a blocking call does not return until the result/I/O is ready; a non-blocking call returns immediately (maybe with “not ready yet”). Synchronous/asynchronous is about how the result is delivered (wait vs callback/notification).",
    },
  },
];
export default errata;
