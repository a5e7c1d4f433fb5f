/**
 * Python programs on the page (issue 18): their texts, the language badge, and the guard that keeps
 * a Python program off runtimes without Python. Pure apart from the types; the panel markup is in
 * ProgramPanel.astro / PythonNote.astro, the wiring in sandbox-session.ts.
 */
import type { Bilingual, Language } from '../../sandbox/schema.ts';
import type { RunTarget } from './program-controller.ts';

const m = (zh: string, en: string): Bilingual => ({ zh, en });

export const PYTHON_TEXT = {
  badge: { node: m('Node.js', 'Node.js'), python: m('Python', 'Python') } satisfies Record<Language, Bilingual>,
  original: m('原文代码', 'as in the notes'),
  corrected: m('修正版', 'corrected'),
  where: m(
    'Python 程序在本地运行时上运行（npm start，或与本机运行时配对）：WebContainer 中没有 Python，所以在浏览器里这里显示它录制的输出。',
    'Python programs run on the local runtime (npm start, or a paired runtime on your machine): WebContainers have no Python, so in the browser this shows its recorded output.',
  ),
  needsLocal: m(
    'Python 程序只能在本地运行时上运行（WebContainer 中没有 Python）。下面是它录制的输出；用 npm start 或“在我的电脑上运行”可以真正运行它。',
    'Python programs run on the local runtime only (WebContainers have no Python). Its recorded output is below; use npm start or “Run on my computer” to run it for real.',
  ),
  diff: m('与原文的差异（diff -u）', 'Diff against the original (diff -u)'),
  changes: m('改动：', 'Changes:'),
  asWritten: m('与笔记中的代码相同。', 'The code exactly as in the notes.'),
};

/** Thrown on Run of a Python program where it cannot run; its message is bilingual. */
export class PythonNeedsLocalError extends Error {
  constructor() {
    super(`${PYTHON_TEXT.needsLocal.zh} / ${PYTHON_TEXT.needsLocal.en}`);
    this.name = 'PythonNeedsLocalError';
  }
}

/**
 * `prepare` for a Python program: refuses before anything boots or mounts unless the page runs on
 * the local runtime (whose host says itself when its machine has no python3).
 */
export function guardPython(prepare: () => Promise<RunTarget>, kind: () => Promise<'local' | 'webcontainer'>): () => Promise<RunTarget> {
  return async () => {
    if ((await kind()) !== 'local') throw new PythonNeedsLocalError();
    return prepare();
  };
}
