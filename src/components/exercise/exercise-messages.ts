/** Every text the exercise block shows, in both reading languages. */
import type { Bilingual } from '../../sandbox/schema.ts';

const m = (zh: string, en: string): Bilingual => ({ zh, en });

export const EX = {
  check: m('检查', 'Check'),
  hint: m('提示', 'Hint'),
  noMoreHints: m('没有更多提示了', 'No more hints'),
  solution: m('填入参考答案', 'Apply the solution'),
  undoSolution: m('撤销参考答案', 'Undo the solution'),
  diff: m('和我的代码比较', 'Compare with my code'),
  hideDiff: m('隐藏比较', 'Hide the comparison'),
  solved: m('已完成', 'Solved'),
  running: m('正在检查…', 'Checking…'),
  checkRunning: m('检查中', 'checking'),
  pass: m('通过', 'passed'),
  fail: m('未通过', 'failed'),
  passedAll: (n: number) => m(`全部 ${n} 项检查都通过了。`, `All ${n} checks passed.`),
  failedSome: (failed: number, n: number) => m(`${n} 项检查中有 ${failed} 项没有通过：`, `${failed} of ${n} checks failed:`),
  solutionApplied: m('参考答案已填入编辑器；“撤销参考答案”可以换回你的代码。', 'The solution is in the editor; “Undo the solution” brings your code back.'),
  solutionUndone: m('你的代码已换回。', 'Your code is back.'),
  diffLegend: m('“-” 是你的代码里有、参考答案里没有的行；“+” 是参考答案里的行。', '“-” lines are in your code but not the solution; “+” lines are the solution’s.'),
  sameAsSolution: m('你的代码和参考答案完全一样。', 'Your code is the same as the solution.'),
  wrongRuntime: (kind: string) => m(
    `这个练习不能在当前运行环境（${kind}）中检查：它需要本机运行（npm start，或与本机运行时配对）。`,
    `This exercise cannot be checked on the current runtime (${kind}): it needs the local runtime (npm start, or pair with a local runtime).`,
  ),
  runtimeFailed: (detail: string) => m(`无法运行检查：${detail}`, `Could not run the check: ${detail}`),
  /** The WebContainer did not start: the checks never ran, the reader's code is not at fault. */
  notStarted: (why: Bilingual) => m(
    `无法运行检查：${why.zh} 你的代码没有被判为错误；在自己电脑上运行 npm start（或与本机运行时配对）就能检查。`,
    `Could not run the check: ${why.en} Your code was not judged; run npm start on your own machine (or pair with a local runtime) to check it.`,
  ),
  notRun: m('未运行', 'not run'),
  noSandbox: m('找不到这个练习的沙盒。', 'The sandbox of this exercise is missing.'),
} as const;
