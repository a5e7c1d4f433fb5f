/**
 * Texts of the sandbox's "make it your own" parts (arguments, share, download, StackBlitz), both
 * languages. Kept apart from messages.ts so that parallel work on the sandbox does not collide.
 */
import type { Bilingual } from '../../sandbox/schema.ts';

const m = (zh: string, en: string): Bilingual => ({ zh, en });

export const EXTRA_LABELS = {
  args: (program: Bilingual) => m(`${program.zh}的命令行参数`, `Command-line arguments of ${program.en}`),
  argsHint: m('可以在这里改参数，点下面的选项加上或去掉：', 'Edit the arguments here; click an option below to add or remove it:'),
} as const;
