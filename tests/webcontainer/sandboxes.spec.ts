/**
 * The real WebContainer runtime, driven through the page. Skips (with the reason printed) when
 * stackblitz.com does not answer, and per sandbox when it is not there yet or not browser-runnable.
 */
import { test, expect } from '@playwright/test';
import { driveScenario, drivableScenario, loadSandbox, pageOf } from './drive-scenario.ts';

const SANDBOXES = ['tcp-echo', 'remote-command', 'process-join', 'queue-ipc', 'threads'];
const probe = process.env['WEBCONTAINER_PROBE'] ?? 'not probed (run with -c playwright.webcontainer.config.ts)';
// WC_RUNTIME=local drives the same steps on the local runtime: a check of this driver that works offline.
const runtime = process.env['WC_RUNTIME'] === 'local' ? 'local' : 'webcontainer';

for (const id of SANDBOXES) {
  test(`${id} runs in the WebContainer`, async ({ page }) => {
    const skip = (reason: string): void => {
      console.log(`[webcontainer] ${id}: skipped — ${reason}`);
      test.skip(true, reason);
    };
    if (probe !== 'ok') return skip(probe);
    const sandbox = loadSandbox(id);
    if (!sandbox) return skip(`sandboxes/${id}/sandbox.json does not exist`);
    if (!sandbox.runtimes.includes('webcontainer')) return skip('its runtimes do not include webcontainer');
    const path = pageOf(id);
    if (!path) return skip(`no page shows <Sandbox id="${id}" />`);
    const choice = drivableScenario(sandbox);
    if ('reason' in choice) return skip(`no scenario the page can drive (${choice.reason})`);

    await page.goto(`${path}?runtime=${runtime}&bootTimeout=90000`);
    await driveScenario(page, id, choice.scenario);
    await expect(page.locator(`live-sandbox[data-sandbox="${id}"]`)).toHaveAttribute('data-runtime', runtime);
  });
}
