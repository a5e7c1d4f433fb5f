/**
 * Issue 16 on the GitHub Pages build (no local runtime, so the page's runtime is the WebContainer):
 * a local-only exercise (UDP) says so when Check is clicked, in the reader's language, instead of
 * trying to run — and the block marks it as local-only before any click.
 */
import { test, expect, readingMode } from './fixtures.ts';

for (const mode of ['zh', 'en'] as const) {
  test(`${mode}: Check on a local-only exercise explains that it needs the local runtime`, async ({ page }) => {
    await page.goto(`tcp-udp-sockets/?lang=${mode}`, { waitUntil: 'load' });
    // coi-serviceworker reloads the page once to isolate it; act on the page after that reload.
    const isolated = (): Promise<boolean> => page.evaluate(() => window.crossOriginIsolated).catch(() => false);
    await expect.poll(isolated, { timeout: 15_000 }).toBe(true);
    expect(await readingMode(page)).toBe(mode);
    const ex = page.locator('[data-exercise="udp-retry"]');
    await expect(ex).toHaveAttribute('data-enhanced', '');
    await expect(ex.locator(`.ex-local .lang-${mode}`)).toBeVisible();
    await ex.locator('[data-action="check"]').click();
    await expect(ex.locator('[data-check-result]')).toHaveAttribute('data-check-result', 'fail');
    const summary = ex.locator(`[data-check-summary] .lang-${mode}`);
    await expect(summary).toBeVisible();
    await expect(summary).toContainText(mode === 'zh' ? '需要本机运行' : 'needs the local runtime');
    await expect(ex).not.toHaveAttribute('data-solved', /.*/);
  });
}

test('Check while the WebContainer cannot start: the wait is explained, then it fails with the reason', async ({ page }) => {
  // Offline, as for a reader whose network cannot reach stackblitz.com.
  await page.route('**/*', (route) => (new URL(route.request().url()).hostname === '127.0.0.1' ? route.continue() : route.abort()));
  await page.goto('tcp-udp-sockets/?lang=en&bootTimeout=4000', { waitUntil: 'load' });
  await expect.poll(() => page.evaluate(() => window.crossOriginIsolated).catch(() => false), { timeout: 15_000 }).toBe(true);
  const ex = page.locator('[data-exercise="two-clients"]');
  await expect(ex).toHaveAttribute('data-enhanced', '');
  await ex.locator('[data-action="check"]').click();
  const summary = ex.locator('[data-check-summary] .lang-en');
  // After a quarter of the timeout, the summary says what the page waits for and until when.
  await expect(summary).toContainText('stackblitz.com');
  await expect(summary).toContainText('gives up after 4 s');
  await expect(ex.locator('[data-check-result]')).toHaveAttribute('data-check-result', 'fail', { timeout: 15_000 });
  // Nothing ran, so nothing is called wrong: the summary says why and what to do, the rows "not run".
  await expect(summary).toContainText(/Could not run the check: the WebContainer did not start within 4 s/i);
  await expect(summary).toContainText('npm start');
  await expect(ex.locator('[data-check][data-status="not-run"]')).toHaveCount(2);
  await expect(ex.locator('[data-check] .lang-en', { hasText: 'failed' })).toHaveCount(0);
  await expect(ex).not.toHaveAttribute('data-solved', /.*/);
});
