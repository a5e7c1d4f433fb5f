import { test, expect } from './fixtures.ts';

/**
 * Open Starlight's search dialog, type a query and wait until a result links to `page`. Pagefind's
 * UI renders results one by one as their fragments load (a large page's last), so the list is
 * polled rather than read once when the first result shows.
 */
async function expectResult(page: import('@playwright/test').Page, query: string, path: string): Promise<void> {
  await page.locator('site-search button[data-open-modal]').first().click();
  const input = page.locator('#starlight__search input.pagefind-ui__search-input');
  await input.fill(query);
  const results = page.locator('#starlight__search .pagefind-ui__result-link');
  await expect(results.first()).toBeVisible({ timeout: 15_000 });
  await expect
    .poll(() => results.evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).pathname)), { timeout: 15_000 })
    .toContainEqual(expect.stringContaining(path));
}

test.describe('search (Pagefind, built site)', () => {
  test('finds the template page for a Chinese word from it', async ({ page }) => {
    await page.goto('/');
    await expectResult(page, '以太网', '/network-basics/');
  });

  test('finds the template page for an English word from its translation', async ({ page }) => {
    await page.goto('/');
    await expectResult(page, 'Ethernet', '/network-basics/');
  });

  test('finds 粘包 on the sticky-packets page', async ({ page }) => {
    await page.goto('/');
    await expectResult(page, '粘包', '/sticky-packets/');
  });

  test('finds 守护进程 on the processes page', async ({ page }) => {
    await page.goto('/');
    await expectResult(page, '守护进程', '/processes/');
  });

  test('finds "handshake" on the protocols page', async ({ page }) => {
    await page.goto('/');
    await expectResult(page, 'handshake', '/tcp-udp-protocols/');
  });
});
