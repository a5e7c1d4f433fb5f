/**
 * With JavaScript off (issue 17) every bilingual heading, label and sidebar entry reads as in 对照
 * mode: both halves shown, with a separator between them — never `首页Home` or `本页目录On this page`.
 * `?lang=` needs a script to take effect, so without one it must leave the page looking the same.
 * Checked on the computed layout, not on screenshots.
 */
import { test, expect } from './fixtures.ts';

test.use({ javaScriptEnabled: false });

const PAGES = ['/', '/network-basics/', '/tcp-udp-sockets/', '/sticky-packets/', '/processes/', '/threads/'];

interface Joined {
  text: string;
  where: string;
}

/** Inline zh/en halves side by side whose text would run together, and headings without ' | '. */
async function problems(page: import('@playwright/test').Page): Promise<{ joined: Joined[]; headings: string[]; pairs: number; hiddenHalves: string[] }> {
  return page.evaluate(() => {
    const shown = (el: Element): boolean => getComputedStyle(el).display !== 'none' && (el as HTMLElement).offsetParent !== null;
    const inline = (el: Element): boolean => /^inline/.test(getComputedStyle(el).display);
    const joined: { text: string; where: string }[] = [];
    const hiddenHalves: string[] = [];
    let pairs = 0;
    for (const zh of document.querySelectorAll('.lang-zh')) {
      // The English half: the next element sibling, possibly after a separator element.
      let next = zh.nextElementSibling;
      const sep = next?.classList.contains('bi-sep') ? next : null;
      if (sep) next = next?.nextElementSibling ?? null;
      if (!next?.classList.contains('lang-en') || !inline(zh) || !inline(next)) continue;
      if (!shown(zh.parentElement ?? zh)) continue; // e.g. a closed menu: not on screen at all
      pairs++;
      if (!shown(zh) || !shown(next)) hiddenHalves.push(`${zh.textContent}|${next.textContent}`);
      const before = getComputedStyle(next, '::before').content;
      const between = zh.nextSibling !== next ? (sep && shown(sep) ? sep.textContent ?? '' : zh.nextSibling?.textContent ?? '') : '';
      const separated = /\S/.test(between) || (before !== 'none' && before !== 'normal' && before !== '""');
      if (!separated) joined.push({ text: `${zh.textContent}${between}${next.textContent}`, where: zh.parentElement?.outerHTML.slice(0, 120) ?? '' });
    }
    const headings = [...document.querySelectorAll('h1, h2, h3, h4')]
      .filter((h) => h.querySelector('.lang-zh') && h.querySelector('.lang-en') && shown(h))
      .map((h) => (h.textContent ?? '').trim())
      .filter((t) => !t.includes(' | '));
    return { joined, headings, pairs, hiddenHalves };
  });
}

for (const path of PAGES) {
  test(`scripts off: ${path} shows both languages of every heading and label, separated`, async ({ page }) => {
    for (const url of [path, `${path}?lang=en`]) {
      await page.goto(url);
      expect(await page.evaluate(() => document.documentElement.dataset['lang'])).toBeUndefined();
      const found = await problems(page);
      expect(found.pairs, `${url}: bilingual labels found`).toBeGreaterThan(5);
      expect(found.joined, `${url}: halves that run together`).toEqual([]);
      expect(found.headings, `${url}: headings without ' | '`).toEqual([]);
      expect(found.hiddenHalves, `${url}: a half hidden`).toEqual([]);
    }
  });
}

test('scripts off: the sandbox shows its code, the original Python and the recording', async ({ page }) => {
  await page.goto('/tcp-udp-sockets/');
  const sb = page.locator('live-sandbox[data-sandbox="tcp-echo"]');
  await expect(sb.locator('.sb-panel').first()).toContainText('createServer');
  await expect(sb.locator('[data-program="server"] [data-recording]')).toContainText('listening on');
  await sb.locator('[role="tab"][data-original], a[href*="original"]').first().click();
  await expect(sb.locator('.sb-panel[data-original]')).toContainText('socket');
});
