/**
 * Bilingual pairs in a built page (tests/integration/content-structure.test.ts): every Chinese half
 * (`.lang-zh`: <Zh>, the quoted seed of <Bi seed>, a heading's Chinese part, a label) must sit next
 * to an English half (`.lang-en`) under the same parent, and no English half may be empty.
 * A lone English block is allowed (e.g. an English gloss of the comments of the original Python).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element } from 'hast';
import { attr, find, fold, hasClass, mainOf, textOf, walk } from './content-hast.ts';
import { ROOT, type SitePage } from './content-site.ts';
import { seedQuotes } from './content-sources.ts';
import type { Root } from 'hast';

/** A pairing problem, located as precisely as the built HTML allows. */
export interface PairProblem {
  problem: 'chinese block without an English partner' | 'empty English block';
  /** `src/content/docs/x.mdx:12` when the source line is known, else the file. */
  where: string;
  /** The first characters of the block (or of its partner). */
  text: string;
}

/** Statistics of one page. */
export interface PairReport {
  pairs: number;
  loneEnglish: number;
  problems: PairProblem[];
}

const isZh = (el: Element): boolean => hasClass(el, 'lang-zh');
const isEn = (el: Element): boolean => hasClass(el, 'lang-en');

/** The source line of a block: via the seed lines it quotes, else by searching its text in the MDX. */
function locate(page: SitePage, el: Element, fallbackText: string): string {
  const quoted = find(el, (e) => attr(e, 'dataSeed') !== undefined);
  const first = Number(/^\d+/.exec((quoted && attr(quoted, 'dataSeed')) ?? '')?.[0] ?? NaN);
  if (Number.isFinite(first)) {
    const q = seedQuotes([page]).find((s) => s.seedLines.includes(first));
    if (q) return `${q.file}:${q.line}`;
  }
  const needle = fallbackText.slice(0, 16);
  if (needle.length >= 4) {
    const lines = readFileSync(join(ROOT, page.source), 'utf8').split('\n');
    const i = lines.findIndex((l) => l.includes(needle));
    if (i >= 0) return `${page.source}:${i + 1}`;
  }
  return page.source;
}

/** Check every parent of a `.lang-zh` / `.lang-en` inside `<main>`. */
export function checkPairs(page: SitePage, tree: Root): PairReport {
  const report: PairReport = { pairs: 0, loneEnglish: 0, problems: [] };
  const parents = new Set<Element>();
  walk(mainOf(tree), (el, ancestors) => {
    const parent = ancestors.at(-1);
    if (parent && (isZh(el) || isEn(el))) parents.add(parent);
    if (isEn(el) && fold(textOf(el)) === '') {
      const prev = parent?.children.filter((c): c is Element => c.type === 'element' && isZh(c)).at(0);
      const text = prev ? fold(textOf(prev)).slice(0, 40) : '';
      report.problems.push({ problem: 'empty English block', where: locate(page, prev ?? el, text), text });
    }
  });
  for (const parent of parents) {
    const halves = parent.children.filter((c): c is Element => c.type === 'element' && (isZh(c) || isEn(c)));
    for (let i = 0; i < halves.length; i++) {
      const cur = halves[i] as Element;
      const next = halves[i + 1];
      if (next && isZh(cur) !== isZh(next)) { report.pairs++; i++; continue; }
      if (isEn(cur)) { report.loneEnglish++; continue; }
      const text = fold(textOf(cur)).slice(0, 40);
      report.problems.push({ problem: 'chinese block without an English partner', where: locate(page, cur, text), text });
    }
  }
  return report;
}
