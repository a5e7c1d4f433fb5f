/** UI strings of the focus mode and the plain editing layer (kept apart from messages.ts). */
import type { Bilingual } from '../../sandbox/schema.ts';

export const FOCUS_LABELS = {
  focus: { zh: '专注模式', en: 'Focus mode' },
  code: { zh: '代码', en: 'Code' },
  terminals: { zh: '终端', en: 'Terminals' },
  panes: { zh: '显示', en: 'Show' },
  split: { zh: '拖动以调整代码与终端的宽度', en: 'Drag to resize code and terminals' },
} satisfies Record<string, Bilingual>;
