/**
 * Shared e2e fixtures. `baseURL` is the project's own server (local runtime, COOP/COEP) serving the
 * built dist/. Every test starts with empty storage (Playwright gives each test a fresh context).
 */
import { test as base, expect, type Page } from '@playwright/test';

export { expect };

/** The reading mode currently applied to the page. */
export async function readingMode(page: Page): Promise<string | undefined> {
  return page.evaluate(() => document.documentElement.dataset['lang']);
}

export const test = base.extend<{ consoleErrors: string[] }>({
  consoleErrors: async ({ page }, use) => {
    const errors: string[] = [];
    page.on('pageerror', (err) => errors.push(err.message));
    await use(errors);
  },
});
