/**
 * Issue 4, reading modes on every page (home, nine topic pages, glossary) at 1280 px:
 * - English: no visible Chinese in <main> except inside elements marked `lang="zh…"` that are meant to
 *   stay visible (the original Python, quoted terms) and sandbox code, terminals and recordings;
 * - 中文: no visible English block (`lang="en"` or `.lang-en`) in <main> outside code and sandbox internals.
 * One page load per page and mode; offenders are printed with a CSS path.
 */
import type { Page } from '@playwright/test';
import { test, expect, readingMode } from './fixtures.ts';
import { PAGES } from '../helpers/content-site.ts';

/** Code and sandbox internals: they show program text and output, in whatever language it is. */
const EXEMPT = [
  'pre', 'code',
  'live-sandbox .sb-panel', 'live-sandbox .sb-editor', 'live-sandbox .sb-terminal', 'live-sandbox .sb-recording',
  'live-sandbox .xterm',
].join(', ');
/** In 中文 mode also: a glossary headword shows the term in both languages by design (like a quoted term). */
const EXEMPT_ZH = `${EXEMPT}, .glossary-term`;

interface Offender { path: string; text: string }
interface Scan { offenders: Offender[]; checked: number }

test.use({ viewport: { width: 1280, height: 900 } });

/** Load a page in a reading mode, with the sandboxes' custom element upgraded. */
async function open(page: Page, path: string, mode: 'en' | 'zh'): Promise<void> {
  await page.goto(`${path}?lang=${mode}`, { waitUntil: 'load' });
  expect(await readingMode(page)).toBe(mode);
  await page.evaluate(async () => {
    if (document.querySelector('live-sandbox')) await customElements.whenDefined('live-sandbox');
  });
}

/**
 * Runs in the page: visible text in <main> written in the wrong language.
 * `mode: 'en'` → text nodes with CJK whose nearest `lang` inside <main> is not zh…;
 * `mode: 'zh'` → elements marked English (`lang="en…"` or `.lang-en`) that show Latin letters.
 */
function scan({ mode, exempt }: { mode: 'en' | 'zh'; exempt: string }): Scan {
  const CJK = /[\u3400-\u9fff\uff00-\uffef\u3000-\u303f]/;
  const main = document.querySelector('main');
  if (!main) throw new Error('no <main>');

  // A selector from <main> (or from the content column, an id, an erratum or a sandbox) down to the element.
  const cssPath = (el: Element): string => {
    const parts: string[] = [];
    let e: Element | null = el;
    for (; e && e !== main; e = e.parentElement) {
      if (e.classList.contains('sl-markdown-content')) break;
      const tag = e.tagName.toLowerCase();
      const key = e.getAttribute('data-erratum') ?? e.getAttribute('data-sandbox');
      if (e.id || key) {
        parts.unshift(e.id ? `${tag}#${e.id}` : `${tag}[data-${tag === 'aside' ? 'erratum' : 'sandbox'}="${key}"]`);
        break;
      }
      const classes = [...e.classList].filter((c) => !/^astro-/.test(c)).slice(0, 2).map((c) => `.${c}`).join('');
      const same = e.parentElement ? [...e.parentElement.children].filter((c) => c.tagName === e!.tagName) : [];
      const nth = same.length > 1 ? `:nth-of-type(${same.indexOf(e) + 1})` : '';
      parts.unshift(`${tag}${classes}${nth}`);
    }
    const root = e && e !== main && e.classList.contains('sl-markdown-content') ? 'main .sl-markdown-content' : 'main';
    return [root, ...parts].join(' > ');
  };
  // Visually hidden (the screen-reader-only pattern): clipped to at most 1 px.
  const clippedAway = (el: Element): boolean => {
    for (let e: Element | null = el; e && e !== main; e = e.parentElement) {
      const r = e.getBoundingClientRect();
      const cs = getComputedStyle(e);
      if ((r.width <= 1 || r.height <= 1) && (cs.overflow !== 'visible' || cs.clip !== 'auto')) return true;
      if (cs.clipPath.startsWith('inset(50%')) return true;
    }
    return false;
  };
  const shown = (el: Element, rects: DOMRectList): boolean =>
    el.checkVisibility({ opacityProperty: true, visibilityProperty: true }) &&
    [...rects].some((r) => r.width > 0 && r.height > 0) && !clippedAway(el);

  const offenders: Offender[] = [];
  let checked = 0;
  if (mode === 'en') {
    const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      const text = n.nodeValue ?? '';
      if (!el || text.trim() === '' || el.closest(exempt)) continue;
      const range = document.createRange();
      range.selectNodeContents(n);
      if (!shown(el, range.getClientRects())) continue;
      checked++;
      if (!CJK.test(text)) continue;
      const marked = el.closest('[lang]');
      if (marked && marked !== main && main.contains(marked) && /^zh/i.test(marked.getAttribute('lang') ?? '')) continue;
      // Show the text around the first Chinese character (long paragraphs may start in English).
      const at = text.search(CJK);
      const snippet = `${at > 30 ? '…' : ''}${text.slice(Math.max(0, at - 30), at + 50)}${at + 50 < text.length ? '…' : ''}`;
      offenders.push({ path: cssPath(el), text: snippet.replace(/\s+/g, ' ').trim() });
    }
  } else {
    for (const el of main.querySelectorAll('[lang], .lang-en')) {
      if (el.closest(exempt)) continue;
      const english = el.classList.contains('lang-en') || /^en\b/i.test(el.getAttribute('lang') ?? '');
      if (!english) continue;
      // Report the outermost English element only.
      const outer = el.parentElement?.closest('.lang-en, [lang="en"], [lang^="en-"]');
      if (outer && main.contains(outer)) continue;
      checked++;
      const text = (el as HTMLElement).innerText ?? el.textContent ?? '';
      if (!/[A-Za-z]/.test(text) || !shown(el, el.getClientRects())) continue;
      offenders.push({ path: cssPath(el), text: text.trim().replace(/\s+/g, ' ').slice(0, 80) });
    }
  }
  return { offenders, checked };
}

/** Every offender on its own line (a plain list: an array diff would elide some). */
const report = (s: Scan): string => s.offenders.map((o) => `\n  ${o.path} — "${o.text}"`).join('');

test('the reading-mode checks cover every page (home, nine topic pages, glossary)', () => {
  expect(PAGES.length).toBe(11);
});

for (const { path } of PAGES) {
  test.describe(`${path}`, () => {
    test('English mode shows no Chinese outside zh-marked code, quoted terms and sandbox output', async ({ page }) => {
      await open(page, path, 'en');
      const result = await page.evaluate(scan, { mode: 'en' as const, exempt: EXEMPT });
      expect(result.checked, 'visible text nodes checked').toBeGreaterThan(20);
      expect(result.offenders, `visible Chinese in English mode on ${path}:${report(result)}\n`).toHaveLength(0);
    });

    test('中文 mode shows no English block', async ({ page }) => {
      await open(page, path, 'zh');
      const result = await page.evaluate(scan, { mode: 'zh' as const, exempt: EXEMPT_ZH });
      expect(result.checked, 'English-marked elements checked').toBeGreaterThan(3);
      expect(result.offenders, `visible English in 中文 mode on ${path}:${report(result)}\n`).toHaveLength(0);
    });
  });
}
