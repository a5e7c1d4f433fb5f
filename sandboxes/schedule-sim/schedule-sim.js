// Scheduling simulator: FCFS, SJF and round-robin (+ multilevel feedback queue with --mlfq).
// 调度算法模拟：先来先服务、短作业优先、时间片轮转（加 --mlfq 参数：多级反馈队列）。
//
// Usage: node schedule-sim.js [quantum=2] [--mlfq]
// Pure computation, no waiting: one "time unit" is just a number here.

// Three jobs all arrive at t=0, in this order; A needs 8 units of CPU, B 4, C 1.
// 三个作业都在 t=0 按此顺序到达：A 需要 8 个时间单位，B 需要 4 个，C 需要 1 个。
const JOBS = [['A', 8], ['B', 4], ['C', 1]];

const args = process.argv.slice(2);
const quantum = Number(args.find((a) => /^\d+$/.test(a)) ?? 2);

/** Run the jobs one after another without interruption; returns {name: completion time}. */
function runToCompletion(jobs) {
  let t = 0;
  const done = {};
  for (const [name, need] of jobs) {
    t += need;
    done[name] = t;
  }
  return done;
}

/** First come, first served: the arrival order. 先来先服务。 */
const fcfs = (jobs) => runToCompletion(jobs);

/** Shortest job first: sort by length. 短作业优先。 */
const sjf = (jobs) => runToCompletion([...jobs].sort((a, b) => a[1] - b[1]));

/**
 * Round robin over several queues: a job that uses up its whole slice at level i moves down to
 * level i+1 (the last level keeps its jobs). With one level this is plain round robin.
 * 时间片轮转：用完整个时间片还没结束的作业降到下一级队列（只有一级时就是普通轮转）。
 */
function feedbackQueues(jobs, quanta) {
  const levels = quanta.map(() => []);
  for (const [name, need] of jobs) levels[0].push({ name, left: need });
  let t = 0;
  let trace = ''; // one letter per turn on the CPU
  const done = {};
  while (levels.some((q) => q.length > 0)) {
    const lvl = levels.findIndex((q) => q.length > 0); // the highest non-empty queue runs first
    const job = levels[lvl].shift();
    const run = Math.min(quanta[lvl], job.left);
    t += run;
    job.left -= run;
    trace += job.name;
    if (job.left === 0) done[job.name] = t;
    else levels[Math.min(lvl + 1, levels.length - 1)].push(job);
  }
  return { done, trace };
}

/** Average turnaround time (= completion time, since every job arrives at 0). */
const avg = (done) => {
  const times = Object.values(done);
  return (times.reduce((a, b) => a + b, 0) / times.length).toFixed(2);
};

const show = (label, done, trace) =>
  console.log(`${label} ${JSON.stringify(done)} avg ${avg(done)}${trace ? ` trace ${trace}` : ''}`);

show('FCFS', fcfs(JOBS));
show('SJF ', sjf(JOBS));
const rr = feedbackQueues(JOBS, [quantum]);
show(`RR(q=${quantum})`, rr.done, rr.trace);

if (args.includes('--mlfq')) {
  // Three queues with slices 1, 2, 4: new jobs start at the top, long jobs sink.
  // 三级队列，时间片依次为 1、2、4：新作业进入第一级，长作业逐级下沉。
  const quanta = [1, 2, 4];
  const m = feedbackQueues(JOBS, quanta);
  show(`MLFQ(q=${quanta.join('/')})`, m.done, m.trace);
}
