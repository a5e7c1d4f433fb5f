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

test.describe('GitHub Pages preview: sandboxes', () => {
  test('Monaco, its worker and the terminal load under the sub-path on first interaction', async ({ page }) => {
    // Nothing leaves this machine: stackblitz.com is unreachable here anyway; make that deterministic.
    await page.route('**/*', (route) => (new URL(route.request().url()).hostname === '127.0.0.1' ? route.continue() : route.abort()));
    const failures = collectFailures(page);
    const requests: string[] = [];
    page.on('request', (req) => requests.push(new URL(req.url()).pathname));
    await page.goto('tcp-udp-sockets/?bootTimeout=2000');
    await expect.poll(() => isolated(page), { timeout: 15_000 }).toBe(true);
    const box = page.locator('live-sandbox[data-sandbox="tcp-echo"]');
    const before = requests.length;

    const worker = page.waitForEvent('worker', { timeout: 20_000 });
    await box.locator('[role="tab"][data-file="tcp-server.js"]').click();
    await expect(box.locator('[data-editor] .monaco-editor')).toBeVisible({ timeout: 20_000 });
    expect(new URL((await worker).url()).pathname.startsWith('/live-sockets/')).toBe(true);
    const loaded = requests.slice(before);
    expect(loaded.some((p) => p.startsWith('/live-sockets/_astro/'))).toBe(true);
    expect(loaded.filter((p) => !p.startsWith('/live-sockets/'))).toEqual([]);

    const server = box.locator('[data-program="server"]');
    await server.locator('[data-action="run"]').click();
    await expect(server.locator('.xterm')).toBeVisible();
    // No WebContainer without stackblitz.com: the run ends, explained, instead of hanging.
    await expect(server).toHaveAttribute('data-status', 'failed', { timeout: 10_000 });
    // The one expected 404: the page asks whether a local runtime serves it (it does not, on Pages).
    expect(failures.filter((f) => f.includes('127.0.0.1') && !f.endsWith('/live-sockets/__runtime/health'))).toEqual([]);
  });

  test('with the service worker blocked, a sandbox says the page is not isolated and shows its recording', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ serviceWorkers: 'block', ...(baseURL ? { baseURL } : {}) });
    const page = await context.newPage();
    await page.goto('tcp-udp-sockets/');
    await expect(page.locator('body')).toBeVisible();
    expect(await isolated(page)).toBe(false);
    const box = page.locator('live-sandbox[data-sandbox="tcp-echo"]');
    const server = box.locator('[data-program="server"]');
    await server.locator('[data-action="run"]').click();
    await expect(server).toHaveAttribute('data-status', 'failed', { timeout: 10_000 });
    const explain = box.locator('[data-explain]');
    await expect(explain).toBeVisible();
    await expect(explain).toHaveAttribute('data-reason', 'not-isolated');
    await expect(server.locator('[data-recording] pre').first()).toBeVisible();
    await context.close();
  });
});
