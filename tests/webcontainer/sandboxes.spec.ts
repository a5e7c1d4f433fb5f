/**
 * The real WebContainer runtime, driven through the `/self-test/` page: one click runs every
 * sandbox's scenarios in the browser (`?runtime=webcontainer`); sandboxes marked local-only are
 * skipped there with their reason, everything else must pass. The report is printed, so a run on a
 * maintainer's machine leaves the evidence in the log. Skips (reason printed) when stackblitz.com
 * does not answer. `WC_RUNTIME=local` runs the same page on the local runtime: a check of this
 * spec that works offline (there nothing is skipped).
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect } from '@playwright/test';
import { parseSandbox } from '../../src/sandbox/schema.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const probe = process.env['WEBCONTAINER_PROBE'] ?? 'not probed (run with -c playwright.webcontainer.config.ts)';
const runtime = process.env['WC_RUNTIME'] === 'local' ? 'local' : 'webcontainer';
const sandboxes = readdirSync(join(ROOT, 'sandboxes'))
  .filter((id) => existsSync(join(ROOT, 'sandboxes', id, 'sandbox.json')))
  .map((id) => ({ id, sandbox: parseSandbox(readFileSync(join(ROOT, 'sandboxes', id, 'sandbox.json'), 'utf8'), id) }));

test(`/self-test/ passes every sandbox marked for the ${runtime} runtime`, async ({ page }) => {
  if (probe !== 'ok' && runtime === 'webcontainer') {
    console.log(`[webcontainer] self-test: skipped — ${probe}`);
    test.skip(true, probe);
    return;
  }
  test.setTimeout(900_000);
  await page.goto(`/self-test/?runtime=${runtime}&bootTimeout=90000`);
  const root = page.locator('[data-self-test]');
  await root.locator('[data-action="self-test"]').click();
  const summary = root.locator('[data-self-test-summary]');
  await expect(summary).toHaveAttribute('data-passed', /\d+/, { timeout: 880_000 });
  console.log(await root.locator('[data-self-test-report]').inputValue());

  const expectedSkips = sandboxes.filter((s) => !s.sandbox.runtimes.includes(runtime)).map((s) => s.id).sort();
  const outcomes = await root.locator('[data-self-test-result]').evaluateAll((rows) =>
    rows.map((r) => ({ id: r.getAttribute('data-self-test-result') ?? '', outcome: r.getAttribute('data-outcome') ?? '' })));
  expect(outcomes.filter((o) => o.outcome === 'fail').map((o) => o.id), 'failed sandboxes (see the report above)').toEqual([]);
  expect(outcomes.filter((o) => o.outcome === 'skip').map((o) => o.id).sort()).toEqual(expectedSkips);
  for (const id of expectedSkips) {
    await expect(root.locator(`[data-self-test-result="${id}"] [data-reason]`)).not.toBeEmpty();
  }
  await expect(summary).toHaveAttribute('data-failed', '0');
  await expect(summary).toHaveAttribute('data-passed', String(sandboxes.length - expectedSkips.length));
});
