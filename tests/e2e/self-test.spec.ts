/**
 * `/self-test/` on the local runtime: one click runs every sandbox's scenarios in the browser, with
 * the same core as the Node tests, and every sandbox passes — UDP and real-process demos included,
 * since the local runtime runs real processes. Nothing heavy loads before the click.
 */
import { readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect } from './fixtures.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const IDS = readdirSync(join(ROOT, 'sandboxes')).filter((id) => existsSync(join(ROOT, 'sandboxes', id, 'sandbox.json'))).sort();

test('the self-test passes every sandbox on the local runtime', async ({ page, consoleErrors }) => {
  // ~30 sandboxes, ~75 scenarios one after another, several of them timing demos.
  test.setTimeout(300_000);
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto('/self-test/');
  const root = page.locator('[data-self-test]');
  await expect(root.locator('[data-self-test-result]')).toHaveCount(IDS.length);
  expect(requests.some((u) => u.includes('self-test-data.json') || u.includes('__runtime')), 'nothing loads before the click').toBe(false);

  await root.locator('[data-action="self-test"]').click();
  const summary = root.locator('[data-self-test-summary]');
  await expect(summary).toHaveAttribute('data-passed', /\d+/, { timeout: 280_000 });

  const failed = await root.locator('[data-self-test-result][data-outcome="fail"]').evaluateAll((rows) =>
    rows.map((r) => `${r.getAttribute('data-self-test-result')}:\n${r.querySelector('[data-detail]')?.textContent ?? ''}`));
  expect(failed, failed.join('\n\n')).toEqual([]);
  await expect(summary).toHaveAttribute('data-failed', '0');
  await expect(summary).toHaveAttribute('data-skipped', '0');
  await expect(summary).toHaveAttribute('data-passed', String(IDS.length));
  for (const id of ['udp-hello', 'socketserver-udp', 'zombie-orphan']) {
    await expect(root.locator(`[data-self-test-result="${id}"]`)).toHaveAttribute('data-outcome', 'pass');
  }
  const report = await root.locator('[data-self-test-report]').inputValue();
  expect(report).toContain('runtime: local');
  expect(report).toContain(`result: ${IDS.length} passed, 0 failed, 0 skipped`);
  expect(report).toMatch(/^PASS udp-hello \(\d+ scenarios?, \d+ ms\)$/m);
  expect(consoleErrors).toEqual([]);
});

test('a failing scenario shows the expected and the actual lines, and the report says FAIL', async ({ page }) => {
  test.setTimeout(120_000);
  // The page's own data, with one expectation of tcp-echo made wrong on purpose.
  await page.route('**/self-test-data.json', async (route) => {
    const response = await route.fetch();
    const all = (await response.json()) as { id: string; scenarios: { expect: { lines?: string[] }[] }[] }[];
    const echo = all.find((s) => s.id === 'tcp-echo');
    if (!echo) throw new Error('tcp-echo is missing from self-test-data.json');
    echo.scenarios = echo.scenarios.slice(0, 1);
    const client = echo.scenarios[0]?.expect.find((e) => e.lines?.includes('HELLO'));
    if (!client?.lines) throw new Error('tcp-echo has no client expectation with HELLO');
    client.lines = client.lines.map((l) => (l === 'HELLO' ? 'HELLO, WORLD' : l));
    await route.fulfill({ response, json: all.filter((s) => s.id === 'tcp-echo' || s.id === 'url-parts') });
  });
  await page.goto('/self-test/');
  const root = page.locator('[data-self-test]');
  await root.locator('[data-action="self-test"]').click();
  const summary = root.locator('[data-self-test-summary]');
  await expect(summary).toHaveAttribute('data-failed', '1', { timeout: 100_000 });
  await expect(summary).toHaveAttribute('data-passed', '1');
  const row = root.locator('[data-self-test-result="tcp-echo"]');
  await expect(row).toHaveAttribute('data-outcome', 'fail');
  const detail = row.locator('[data-detail] pre');
  await expect(detail).toContainText('expected HELLO, WORLD');
  await expect(detail).toContainText('| HELLO\n');
  await expect(root.locator('[data-self-test-result="url-parts"]')).toHaveAttribute('data-outcome', 'pass');
  const report = await root.locator('[data-self-test-report]').inputValue();
  expect(report).toMatch(/^FAIL tcp-echo[\s\S]*✗ echo[\s\S]*HELLO, WORLD/m);
});
