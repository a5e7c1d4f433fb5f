/**
 * `/self-test/?runtime=webcontainer` on the stand-in build: every sandbox whose sandbox.json lists
 * `webcontainer` passes through the WebContainer adapter (drained output, `\n` → `\r\n`, tty echo),
 * and every other one is skipped with a reason the page shows — never a fail, never a hang.
 * Run in both tty echo modes of the stand-in, as the real API's echo is undocumented.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect } from '@playwright/test';

const ROOT = join(import.meta.dirname, '..', '..');
const SANDBOXES = readdirSync(join(ROOT, 'sandboxes'))
  .filter((id) => existsSync(join(ROOT, 'sandboxes', id, 'sandbox.json')))
  .sort()
  .map((id) => ({ id, runtimes: (JSON.parse(readFileSync(join(ROOT, 'sandboxes', id, 'sandbox.json'), 'utf8')) as { runtimes: string[] }).runtimes }));
const ON_WC = SANDBOXES.filter((s) => s.runtimes.includes('webcontainer')).map((s) => s.id);
const LOCAL_ONLY = SANDBOXES.filter((s) => !s.runtimes.includes('webcontainer')).map((s) => s.id);

for (const echo of ['on', 'off'] as const) {
  test(`self-test on the WebContainer path (stand-in, tty echo ${echo}): WebContainer sandboxes pass, the rest skip with reasons`, async ({ page }) => {
    test.setTimeout(420_000);
    await page.goto(`/self-test/?runtime=webcontainer&standin-echo=${echo}`);
    const root = page.locator('[data-self-test]');
    await expect(root.locator('[data-self-test-result]')).toHaveCount(SANDBOXES.length);
    await root.locator('[data-action="self-test"]').click();
    const summary = root.locator('[data-self-test-summary]');
    await expect(summary).toHaveAttribute('data-passed', /\d+/, { timeout: 400_000 });

    const failed = await root.locator('[data-self-test-result][data-outcome="fail"]').evaluateAll((rows) =>
      rows.map((r) => `${r.getAttribute('data-self-test-result')}:\n${r.querySelector('[data-detail]')?.textContent ?? ''}`));
    expect(failed, failed.join('\n\n')).toEqual([]);
    for (const id of ON_WC) await expect(root.locator(`[data-self-test-result="${id}"]`)).toHaveAttribute('data-outcome', 'pass');
    for (const id of LOCAL_ONLY) {
      const row = root.locator(`[data-self-test-result="${id}"]`);
      await expect(row).toHaveAttribute('data-outcome', 'skip');
      // The reason is shown to the reader, not only an attribute.
      await expect(row).toContainText(/WebContainer/);
    }
    await expect(summary).toHaveAttribute('data-passed', String(ON_WC.length));
    await expect(summary).toHaveAttribute('data-skipped', String(LOCAL_ONLY.length));
    const report = await root.locator('[data-self-test-report]').inputValue();
    expect(report).toContain('runtime: webcontainer');
  });
}
