import { test, expect } from './fixtures.ts';

/** Open Starlight's search dialog and type a query; returns the result links' hrefs. */
async function search(page: import('@playwright/test').Page, query: string): Promise<string[]> {
  await page.locator('site-search button[data-open-modal]').first().click();
  const input = page.locator('#starlight__search input.pagefind-ui__search-input');
  await input.fill(query);
  const results = page.locator('#starlight__search .pagefind-ui__result-link');
  await expect(results.first()).toBeVisible({ timeout: 15_000 });
  return results.evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).pathname));
}

test.describe('search (Pagefind, built site)', () => {
  test('finds the template page for a Chinese word from it', async ({ page }) => {
    await page.goto('/');
    const hrefs = await search(page, '以太网');
    expect(hrefs.some((h) => h.includes('/network-basics/'))).toBe(true);
  });

  test('finds the template page for an English word from its translation', async ({ page }) => {
    await page.goto('/');
    const hrefs = await search(page, 'Ethernet');
    expect(hrefs.some((h) => h.includes('/network-basics/'))).toBe(true);
  });

  test('finds 粘包 on the sticky-packets page', async ({ page }) => {
    await page.goto('/');
    expect((await search(page, '粘包')).some((h) => h.includes('/sticky-packets/'))).toBe(true);
  });

  test('finds 守护进程 on the processes page', async ({ page }) => {
    await page.goto('/');
    expect((await search(page, '守护进程')).some((h) => h.includes('/processes/'))).toBe(true);
  });

  test('finds "handshake" on the protocols page', async ({ page }) => {
    await page.goto('/');
    expect((await search(page, 'handshake')).some((h) => h.includes('/tcp-udp-protocols/'))).toBe(true);
  });
});
