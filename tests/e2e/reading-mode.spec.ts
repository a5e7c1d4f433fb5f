import { test, expect, readingMode } from './fixtures.ts';

const PAGE = '/network-basics/';
const pair = '.sl-markdown-content .bi';

test.describe('reading modes', () => {
  test('中文 shows only Chinese, English only English, 对照 both', async ({ page }) => {
    await page.goto(`${PAGE}?lang=zh`);
    const first = page.locator(pair).first();
    await expect(first.locator('.lang-zh')).toBeVisible();
    await expect(first.locator('.lang-en')).toBeHidden();
    await expect(page.locator('h1 .lang-en')).toBeHidden();

    await page.goto(`${PAGE}?lang=en`);
    await expect(first.locator('.lang-en')).toBeVisible();
    await expect(first.locator('.lang-zh')).toBeHidden();
    await expect(page.locator('h1 .lang-zh')).toBeHidden();
    await expect(page.locator('h1 .lang-en')).toBeVisible();

    await page.goto(`${PAGE}?lang=both`);
    await expect(first.locator('.lang-zh')).toBeVisible();
    await expect(first.locator('.lang-en')).toBeVisible();
  });

  test('pairs are side by side at 1280 px and stacked at 390 px', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`${PAGE}?lang=both`);
    const first = page.locator(pair).first();
    const zh = (await first.locator('.lang-zh').boundingBox())!;
    const en = (await first.locator('.lang-en').boundingBox())!;
    expect(Math.abs(zh.y - en.y)).toBeLessThan(4);
    expect(en.x).toBeGreaterThanOrEqual(zh.x + zh.width - 1);

    await page.setViewportSize({ width: 390, height: 844 });
    const zh2 = (await first.locator('.lang-zh').boundingBox())!;
    const en2 = (await first.locator('.lang-en').boundingBox())!;
    expect(en2.y).toBeGreaterThanOrEqual(zh2.y + zh2.height - 1);
    expect(Math.abs(en2.x - zh2.x)).toBeLessThan(4);
    // Nothing overflows the phone's width.
    const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(scrollWidth).toBeLessThanOrEqual(390);
  });

  test('the switch choice survives reload and navigation', async ({ page }) => {
    await page.goto('/');
    await page.locator('.mode-btn[data-mode="en"]').first().click();
    expect(await readingMode(page)).toBe('en');
    await expect(page.locator('.mode-btn[data-mode="en"]').first()).toHaveAttribute('aria-pressed', 'true');
    await page.reload();
    expect(await readingMode(page)).toBe('en');
    await page.goto(PAGE);
    expect(await readingMode(page)).toBe('en');
    await expect(page.locator(pair).first().locator('.lang-zh')).toBeHidden();
  });

  test('?lang=en wins over the stored choice', async ({ page }) => {
    await page.goto('/');
    await page.locator('.mode-btn[data-mode="zh"]').first().click();
    await page.goto(`${PAGE}?lang=en`);
    expect(await readingMode(page)).toBe('en');
  });

  test('defaults from the browser language when nothing is stored', async ({ browser }) => {
    const zh = await browser.newContext({ locale: 'zh-CN' });
    const zhPage = await zh.newPage();
    await zhPage.goto(PAGE);
    expect(await readingMode(zhPage)).toBe('zh');
    await zh.close();
    const en = await browser.newContext({ locale: 'en-US' });
    const enPage = await en.newPage();
    await enPage.goto(PAGE);
    expect(await readingMode(enPage)).toBe('en');
    await en.close();
  });

  test('data-lang is set before any stylesheet or module script is parsed (no flash)', async ({ page }) => {
    // Record DOM mutations in document order from before the first byte is parsed.
    await page.addInitScript(() => {
      const log: string[] = [];
      (window as unknown as { __mutations: string[] }).__mutations = log;
      new MutationObserver((records) => {
        for (const r of records) {
          if (r.type === 'attributes' && r.target === document.documentElement && r.attributeName === 'data-lang') log.push('data-lang');
          for (const n of r.addedNodes) {
            if (n instanceof HTMLScriptElement && n.type === 'module') log.push('module-script');
            if (n instanceof HTMLLinkElement && n.rel === 'stylesheet') log.push('stylesheet');
          }
        }
      }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-lang'] });
    });
    await page.goto(`${PAGE}?lang=en`);
    const log = await page.evaluate(() => (window as unknown as { __mutations: string[] }).__mutations);
    expect(log[0]).toBe('data-lang');
    expect(log).toContain('module-script');
    expect(log).toContain('stylesheet');
  });

  test('with JavaScript off the page is readable and the switch is plain links', async ({ browser }) => {
    const ctx = await browser.newContext({ javaScriptEnabled: false });
    const page = await ctx.newPage();
    await page.goto(PAGE);
    await expect(page.locator(pair).first().locator('.lang-zh')).toBeVisible();
    await expect(page.locator('.mode-btn[data-mode="en"]').first()).toHaveAttribute('href', '?lang=en');
    await ctx.close();
  });
});
