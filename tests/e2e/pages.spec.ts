/**
 * The site as GitHub Pages serves it: under /live-sockets/, without COOP/COEP headers and without the
 * local runtime (project `pages` in playwright.config.ts). Paths here are relative to that base.
 */
import { test, expect } from './fixtures.ts';
import type { Page, Response } from '@playwright/test';

function collectFailures(page: Page): string[] {
  const failures: string[] = [];
  page.on('response', (res: Response) => {
    if (res.status() >= 400) failures.push(`${res.status()} ${res.url()}`);
  });
  page.on('requestfailed', (req) => {
    // Aborted by a navigation (the service worker's one reload) is not a missing file.
    if (!/ERR_ABORTED/.test(req.failure()?.errorText ?? '')) failures.push(`failed ${req.url()} ${req.failure()?.errorText}`);
  });
  return failures;
}

/** Whether the page is isolated; false while the service worker's reload replaces the document. */
async function isolated(page: Page): Promise<boolean> {
  try {
    return await page.evaluate(() => window.crossOriginIsolated);
  } catch {
    return false;
  }
}

test.describe('GitHub Pages preview (sub-path, no headers)', () => {
  test('home and a sandbox page load under the sub-path with no 404', async ({ page }) => {
    const failures = collectFailures(page);
    await page.goto('./');
    await expect(page.locator('h1')).toBeVisible();
    await expect.poll(() => isolated(page), { timeout: 15_000 }).toBe(true);
    await page.goto('tcp-udp-sockets/');
    await expect(page.locator('live-sandbox[data-sandbox="tcp-echo"]')).toBeVisible();
    // Every link of the sidebar stays under the base path.
    const hrefs = await page.locator('.course-nav a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname));
    expect(hrefs.length).toBeGreaterThan(9);
    for (const href of hrefs) expect(href.startsWith('/live-sockets/')).toBe(true);
    expect(failures).toEqual([]);
  });

  test('the service worker isolates the page after one reload, and a second visit needs none', async ({ page }) => {
    let navigations = 0;
    page.on('framenavigated', (frame) => { if (frame === page.mainFrame()) navigations++; });
    await page.goto('network-basics/');
    await expect.poll(() => isolated(page), { timeout: 15_000 }).toBe(true);
    expect(navigations).toBe(2); // the first load and the service worker's single reload

    navigations = 0;
    await page.goto('sticky-packets/');
    expect(await isolated(page)).toBe(true);
    expect(navigations).toBe(1);
  });

  test('search works under the sub-path', async ({ page }) => {
    await page.goto('./');
    await page.locator('site-search button[data-open-modal]').first().click();
    await page.locator('#starlight__search input.pagefind-ui__search-input').fill('粘包');
    const first = page.locator('#starlight__search .pagefind-ui__result-link').first();
    await expect(first).toBeVisible({ timeout: 15_000 });
    const href = await first.evaluate((a) => (a as HTMLAnchorElement).pathname);
    expect(href.startsWith('/live-sockets/')).toBe(true);
  });
});
