/**
 * Links the first use of each glossary term on a page to its entry on the glossary page.
 *
 * Works on the final HTML (the Chinese text is rendered by components, so it is not in the MDX tree).
 * Neither rehype-parse nor parse5 is installed, and ultrahtml (Astro's own dependency) splits tags with a
 * regex that breaks on `>` inside quoted attributes (Expressive Code puts source code in `data-code`), so
 * this module carries a small tokenizer that follows the HTML tokenization rules the site's output needs:
 * quoted/unquoted attributes, comments, doctype, raw-text elements, void elements, foreign content and the
 * common implied end tags. It never re-serializes: links are spliced into the original string at source
 * offsets, so everything it does not touch stays byte-identical.
 */
import type { GlossaryEntry } from '../data/glossary-types.ts';

type Lang = 'zh' | 'en';

/** What a text node inherits from its open elements. */
interface Context {
  main: boolean;
  lang: Lang | null;
  skip: boolean;
  foreign: boolean;
}

interface Frame {
  name: string;
  ctx: Context;
}

interface Matcher {
  re: RegExp;
  /** Entry index for capture group i + 1. */
  groupEntry: number[];
}

interface Insertion {
  start: number;
  end: number;
  html: string;
}

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'keygen', 'link', 'meta', 'param', 'source', 'track', 'wbr']);
/** Elements whose content is not markup. `title`/`textarea` only outside SVG/MathML. */
const RAW = new Set(['script', 'style', 'xmp', 'iframe', 'noembed', 'noframes', 'noscript', 'textarea', 'title']);
const RAW_IN_FOREIGN = new Set(['script', 'style']);
/** No glossary link inside these: headings, links, code, graphics, controls, scripts. */
const SKIP_TAGS = new Set([
  'a', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'code', 'pre', 'kbd', 'samp', 'svg', 'math', 'button', 'select',
  'option', 'textarea', 'label', 'summary', 'script', 'style', 'template', 'noscript', 'iframe', 'title', 'live-sandbox',
]);
/** Classes that mark blocks to leave alone (sandboxes, highlighted code, existing glossary links). */
const SKIP_CLASSES = ['live-sandbox', 'expressive-code', 'gloss', 'seed-code'];
/** Start tags that close an open `<p>` (HTML's implied end tag). */
const CLOSES_P = new Set([
  'address', 'article', 'aside', 'blockquote', 'details', 'div', 'dl', 'fieldset', 'figcaption', 'figure', 'footer',
  'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'table', 'ul',
  'li', 'dt', 'dd',
]);
const IMPLIED: Record<string, string[]> = {
  li: ['li'], dt: ['dt', 'dd'], dd: ['dt', 'dd'], tr: ['td', 'th', 'tr'], td: ['td', 'th'], th: ['td', 'th'], option: ['option'],
};
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };
const WORD = /[A-Za-z0-9_]/;
const HAN = /[\u3400-\u9fff\uf900-\ufaff]/;
const cache = new WeakMap<readonly GlossaryEntry[], Record<Lang, Matcher | null>>();

/**
 * Wraps the first occurrence of each glossary term in `<a class="gloss">`, once per reading language:
 * zh forms are looked up in `.lang-zh` blocks and en forms in `.lang-en` blocks of `.sl-markdown-content`,
 * so that each reading mode gets its link. Headings, links, code, SVG, buttons and sandboxes are left alone.
 * At each position the longest form wins (僵尸进程 before 进程); en forms match whole words, case-insensitively,
 * with an optional plural `s`/`es`; a one-character Chinese form only matches between non-Chinese characters.
 * @param glossaryHref the glossary page URL including the site base, e.g. `/live-sockets/glossary/`.
 */
export function linkGlossaryTerms(html: string, glossary: readonly GlossaryEntry[], glossaryHref: string): string {
  if (!html.includes('sl-markdown-content') || glossary.length === 0) return html;
  let matchers = cache.get(glossary);
  if (!matchers) {
    matchers = { zh: buildMatcher(glossary, 'zh'), en: buildMatcher(glossary, 'en') };
    cache.set(glossary, matchers);
  }
  const linked: Record<Lang, Set<number>> = { zh: new Set(), en: new Set() };
  const out: Insertion[] = [];
  const onText = (start: number, end: number, lang: Lang): void => {
    const matcher = matchers[lang];
    if (matcher && linked[lang].size < glossary.length) linkText(html, start, end, matcher, lang, linked[lang], glossary, glossaryHref, out);
  };
  scan(html, onText);
  if (out.length === 0) return html;
  let result = '';
  let pos = 0;
  for (const ins of out) {
    result += html.slice(pos, ins.start) + ins.html;
    pos = ins.end;
  }
  return result + html.slice(pos);
}

/** One alternation per language, longest form first, each form in its own capture group. */
function buildMatcher(glossary: readonly GlossaryEntry[], lang: Lang): Matcher | null {
  const forms: { form: string; entry: number }[] = [];
  glossary.forEach((entry, i) => {
    for (const form of entry[lang]) if (form.trim()) forms.push({ form: form.trim(), entry: i });
  });
  if (forms.length === 0) return null;
  forms.sort((a, b) => b.form.length - a.form.length);
  const parts = forms.map(({ form }) => {
    let src = form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
    const last = form.at(-1) ?? '';
    // English nouns: "sockets", "processes" are uses of "socket", "process".
    if (lang === 'en' && /[A-Za-z]/.test(last)) src += '(?:e?s)?';
    // Hyphens count as word characters so that "blocking" does not match inside "non-blocking".
    if (WORD.test(form[0] ?? '')) src = `(?<![A-Za-z0-9_-])${src}`;
    if (WORD.test(last)) src += '(?![A-Za-z0-9_-])';
    // A one-character Chinese term (位, 段, 包) only counts when it stands alone: 单位 is not a bit.
    if (form.length === 1 && HAN.test(form)) src = `(?<!${HAN.source})${src}(?!${HAN.source})`;
    return `(${src})`;
  });
  return { re: new RegExp(parts.join('|'), 'gi'), groupEntry: forms.map((f) => f.entry) };
}

function linkText(
  html: string, start: number, end: number, matcher: Matcher, lang: Lang, linked: Set<number>,
  glossary: readonly GlossaryEntry[], href: string, out: Insertion[],
): void {
  const { text, offsets } = decode(html, start, end);
  const avoided = avoidSpans(text, glossary);
  matcher.re.lastIndex = 0;
  for (let m = matcher.re.exec(text); m; m = matcher.re.exec(text)) {
    const at = m.index;
    if (avoided.some(([a, b]) => at >= a && at < b)) continue;
    const group = m.findIndex((g, i) => i > 0 && g !== undefined);
    const index = matcher.groupEntry[group - 1];
    // A longer form of an already-linked term still consumes its text, so 进程 is never linked inside 僵尸进程.
    if (index === undefined || linked.has(index)) continue;
    const entry = glossary[index];
    if (!entry) continue;
    linked.add(index);
    const s = offsets[m.index] ?? start;
    const e = offsets[m.index + m[0].length] ?? end;
    const url = `${href}#${encodeURIComponent(entry.id)}`;
    out.push({ start: s, end: e, html: `<a class="gloss" href="${escapeAttr(url)}" title="${escapeAttr(plainText(entry.explain[lang]))}">${html.slice(s, e)}</a>` });
  }
}

/** Where `text` contains a string some entry lists under `avoid`: [start, end) spans. */
function avoidSpans(text: string, glossary: readonly GlossaryEntry[]): [number, number][] {
  const spans: [number, number][] = [];
  for (const entry of glossary) {
    for (const phrase of entry.avoid ?? []) {
      for (let i = text.indexOf(phrase); i >= 0; i = text.indexOf(phrase, i + 1)) spans.push([i, i + phrase.length]);
    }
  }
  return spans;
}

/** Decodes character references in html[start, end), keeping each decoded unit's source offset. */
function decode(html: string, start: number, end: number): { text: string; offsets: number[] } {
  const raw = html.slice(start, end);
  const offsets: number[] = [];
  if (!raw.includes('&')) {
    for (let i = 0; i <= raw.length; i++) offsets.push(start + i);
    return { text: raw, offsets };
  }
  let text = '';
  let i = 0;
  const ref = /&(#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);/y;
  while (i < raw.length) {
    ref.lastIndex = i;
    const m = raw[i] === '&' ? ref.exec(raw) : null;
    const name = m?.[1];
    let ch: string | undefined;
    if (m && name) {
      if (name[0] !== '#') ch = ENTITIES[name];
      else {
        const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
        ch = code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '\ufffd';
      }
    }
    if (m && ch !== undefined) {
      for (let k = 0; k < ch.length; k++) offsets.push(start + i);
      text += ch;
      i += m[0].length;
    } else {
      offsets.push(start + i);
      text += raw[i];
      i++;
    }
  }
  offsets.push(end);
  return { text, offsets };
}

/** A tooltip is plain text: the glossary's `inline code` backticks are dropped. */
function plainText(markdown: string): string {
  return markdown.replace(/`([^`]*)`/g, '$1');
}

function escapeAttr(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Walks the document, calling `onText` for text inside a language block of the main content. */
function scan(html: string, onText: (start: number, end: number, lang: Lang) => void): void {
  const stack: Frame[] = [{ name: '#document', ctx: { main: false, lang: null, skip: false, foreign: false } }];
  const top = (): Frame => stack[stack.length - 1] as Frame;
  const len = html.length;
  let i = 0;
  const text = (s: number, e: number): void => {
    const { ctx } = top();
    if (e > s && ctx.main && ctx.lang && !ctx.skip) onText(s, e, ctx.lang);
  };
  while (i < len) {
    const lt = html.indexOf('<', i);
    if (lt === -1) {
      text(i, len);
      break;
    }
    const next = html[lt + 1] ?? '';
    if (html.startsWith('<!--', lt)) {
      text(i, lt);
      const close = html.indexOf('-->', lt + 4);
      i = close === -1 ? len : close + 3;
    } else if (html.startsWith('<![CDATA[', lt) && top().ctx.foreign) {
      text(i, lt);
      const close = html.indexOf(']]>', lt + 9);
      i = close === -1 ? len : close + 3;
    } else if (next === '!' || next === '?') {
      text(i, lt);
      const close = html.indexOf('>', lt + 2);
      i = close === -1 ? len : close + 1;
    } else if (next === '/' && /[A-Za-z]/.test(html[lt + 2] ?? '')) {
      text(i, lt);
      const tag = readTag(html, lt + 2);
      const at = stack.findLastIndex((f) => f.name === tag.name);
      if (at > 0) stack.length = at;
      i = tag.end;
    } else if (/[A-Za-z]/.test(next)) {
      text(i, lt);
      const tag = readTag(html, lt + 1);
      i = tag.end;
      openElement(stack, tag);
      const foreign = top().ctx.foreign && tag.name !== 'svg' && tag.name !== 'math';
      const raw = foreign ? RAW_IN_FOREIGN.has(tag.name) : RAW.has(tag.name);
      if (raw && top().name === tag.name) {
        // Raw text: nothing inside is markup and nothing inside gets linked.
        const close = new RegExp(`</${tag.name}(?=[\\s/>])`, 'ig');
        close.lastIndex = i;
        const m = close.exec(html);
        const stop = m ? m.index : len;
        const endTag = m ? readTag(html, stop + 2) : { end: len };
        stack.pop();
        i = endTag.end;
      }
    } else {
      // A lone "<" is text; keep scanning from the next character.
      const nextLt = html.indexOf('<', lt + 1);
      const stop = nextLt === -1 ? len : nextLt;
      text(i, stop);
      i = stop;
    }
  }
}

function openElement(stack: Frame[], tag: Tag): void {
  let parent = stack[stack.length - 1] as Frame;
  while (!parent.ctx.foreign && stack.length > 1 && impliesEnd(parent.name, tag.name)) {
    stack.pop();
    parent = stack[stack.length - 1] as Frame;
  }
  const classes = (tag.attrs.get('class') ?? '').split(/\s+/);
  const p = parent.ctx;
  const ctx: Context = {
    main: p.main || classes.includes('sl-markdown-content'),
    lang: classes.includes('lang-zh') ? 'zh' : classes.includes('lang-en') ? 'en' : p.lang,
    skip: p.skip || SKIP_TAGS.has(tag.name) || SKIP_CLASSES.some((c) => classes.includes(c)) || tag.attrs.has('data-no-gloss'),
    foreign: p.foreign || tag.name === 'svg' || tag.name === 'math',
  };
  const selfClosing = tag.selfClosing && ctx.foreign;
  if (!VOID.has(tag.name) && !selfClosing) stack.push({ name: tag.name, ctx });
}

/** Whether opening `child` ends the open `open` element (the HTML implied end tags the site can produce). */
function impliesEnd(open: string, child: string): boolean {
  return (open === 'p' && CLOSES_P.has(child)) || (IMPLIED[child]?.includes(open) ?? false);
}

interface Tag {
  name: string;
  attrs: Map<string, string>;
  selfClosing: boolean;
  /** Offset just after the closing `>`. */
  end: number;
}

/** Reads a tag name and its attributes from `from` (just after `<` or `</`). */
function readTag(html: string, from: number): Tag {
  const len = html.length;
  let i = from;
  while (i < len && !/[\s/>]/.test(html[i] as string)) i++;
  const name = html.slice(from, i).toLowerCase();
  const attrs = new Map<string, string>();
  let selfClosing = false;
  while (i < len) {
    const c = html[i] as string;
    if (c === '>') return { name, attrs, selfClosing, end: i + 1 };
    if (c === '/' || /\s/.test(c)) {
      selfClosing = c === '/' && html[i + 1] === '>';
      i++;
      continue;
    }
    selfClosing = false;
    const nameStart = i;
    i++; // the first character may be "=" (a parse error, but part of the name)
    while (i < len && !/[\s/>=]/.test(html[i] as string)) i++;
    const attr = html.slice(nameStart, i).toLowerCase();
    while (i < len && /\s/.test(html[i] as string)) i++;
    let value = '';
    if (html[i] === '=') {
      i++;
      while (i < len && /\s/.test(html[i] as string)) i++;
      const q = html[i];
      if (q === '"' || q === "'") {
        const close = html.indexOf(q, i + 1);
        value = html.slice(i + 1, close === -1 ? len : close);
        i = close === -1 ? len : close + 1;
      } else {
        const s = i;
        while (i < len && !/[\s>]/.test(html[i] as string)) i++;
        value = html.slice(s, i);
      }
    }
    if (!attrs.has(attr)) attrs.set(attr, value);
  }
  return { name, attrs, selfClosing, end: len };
}
