/**
 * The built Chinese text of a page, cut into the units a reader sees as lines: the quoted seed lines
 * (`.seed-line`), the rows of the seed table, the Chinese half of headings, the lines of the original
 * Python (`.seed-code`), and the blocks of other Chinese text. Corrections (errata), sandboxes
 * (they carry their own copy of the Python) and navigation are left out: they are not the notes.
 *
 * Quoted units also get their seed line number: the components mark each quote with `data-seed`
 * (a line range), and its non-empty lines are rendered in order, so the n-th non-empty rendered line
 * is the n-th non-empty seed line of the range. A repeated line (`import socket`) is then only
 * "found" where it is really quoted, not wherever the same text happens to appear.
 */
import type { Element, Root } from 'hast';
import { parseRange } from '../../src/content/seed.ts';
import { attr, findAll, fold, hasClass, mainOf, textOf, walk } from './content-hast.ts';

/** Where a unit of Chinese text sits on the page. */
export type UnitKind = 'heading' | 'seed-line' | 'table-row' | 'code-line' | 'text';

/** One line-like piece of the built Chinese text. */
export interface TextUnit {
  kind: UnitKind;
  /** The text, whitespace folded. */
  text: string;
  /** Inside a note box (`<Bi kind="note">`: the author's prose-in-a-fence). */
  inNote: boolean;
  /** The seed line it quotes, when the page quotes it by number. */
  line?: number;
}

/** Subtrees that are not the author's text: corrections, sandboxes, navigation, screen-reader labels. */
function excluded(el: Element): boolean {
  return el.tagName === 'live-sandbox' || el.tagName === 'nav' || el.tagName === 'footer' ||
    el.tagName === 'starlight-toc' || el.tagName === 'script' || el.tagName === 'style' ||
    hasClass(el, 'erratum') || hasClass(el, 'sr-only') || hasClass(el, 'sb-missing');
}

const BLOCKS = new Set(['p', 'li', 'td', 'th', 'dt', 'dd', 'blockquote', 'figcaption', 'summary']);

function hasBlockChild(el: Element): boolean {
  return el.children.some((c) => c.type === 'element' && (BLOCKS.has(c.tagName) || c.tagName === 'ul' || c.tagName === 'ol'));
}

/** Cut the text of a `.lang-zh` element that quotes no seed lines into its blocks. */
function blockUnits(zh: Element, inNote: boolean, out: TextUnit[]): void {
  let any = false;
  walk(zh, (el) => {
    if (excluded(el)) return false;
    if (BLOCKS.has(el.tagName) && !hasBlockChild(el)) {
      any = true;
      out.push({ kind: 'text', text: fold(textOf(el)), inNote });
      return false;
    }
    return true;
  });
  if (!any) out.push({ kind: 'text', text: fold(textOf(zh)), inNote });
}

/**
 * Units of one quote (`data-seed` range): numbered when the rendered non-empty lines and the seed's
 * non-empty lines of the range are equally many, else left unnumbered (matched by text only).
 */
function numbered(kind: UnitKind, texts: string[], range: string | undefined, seed: readonly string[], inNote: boolean): TextUnit[] {
  const shown = texts.map(fold).filter((t) => t !== '');
  let lines: number[] = [];
  try { lines = range ? parseRange(range).filter((n) => (seed[n - 1] ?? '').trim() !== '') : []; } catch { /* unnumbered */ }
  const aligned = lines.length === shown.length;
  return shown.map((text, i) => ({ kind, text, inNote, ...(aligned && lines[i] ? { line: lines[i] } : {}) }));
}

/** Every unit of built Chinese text inside the page's `<main>`, in document order. `seed`: the seed's lines. */
export function chineseUnits(tree: Root, seed: readonly string[]): TextUnit[] {
  const out: TextUnit[] = [];
  walk(mainOf(tree), (el, ancestors) => {
    if (excluded(el)) return false;
    const inNote = ancestors.some((a) => hasClass(a, 'bi-note'));
    if (/^h[1-6]$/.test(el.tagName)) {
      const zh = el.children.find((c): c is Element => c.type === 'element' && hasClass(c, 'lang-zh'));
      out.push({ kind: 'heading', text: fold(textOf(zh ?? el)), inNote });
      return false;
    }
    if (hasClass(el, 'seed-code')) {
      const lines = findAll(el, (line) => hasClass(line, 'ec-line')).map(textOf);
      out.push(...numbered('code-line', lines, attr(el, 'dataSeed'), seed, inNote));
      return false;
    }
    if (hasClass(el, 'lang-zh')) {
      let quoted = false;
      walk(el, (inner) => {
        if (excluded(inner)) return false;
        const range = attr(inner, 'dataSeed');
        if (hasClass(inner, 'seed-para') || (inner.tagName === 'table' && range)) {
          quoted = true;
          const parts = findAll(inner, (part) => hasClass(part, 'seed-line') || part.tagName === 'tr').map(textOf);
          out.push(...numbered(inner.tagName === 'table' ? 'table-row' : 'seed-line', parts, range, seed, inNote));
          return false;
        }
        return true;
      });
      if (!quoted) blockUnits(el, inNote, out);
      return false;
    }
    return true;
  });
  return out.filter((u) => u.text !== '');
}
