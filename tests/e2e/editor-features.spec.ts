/**
 * The slimmer editor (issue 19) keeps what a reader uses: completion of Node's API after `net.`,
 * hover documentation from the Node typings, find (Ctrl+F), with its icon font loaded.
 */
import { test, expect } from './fixtures.ts';
import { SANDBOX_PAGE, SERVER_FILE, openInEditor } from './sandbox-helpers.ts';

test('completion, hover and find work in the slim editor, and its stylesheet and font load', async ({ page }) => {
  const failed: string[] = [];
  page.on('response', (r) => { if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`); });
  await page.goto(SANDBOX_PAGE);
  const editor = await openInEditor(page, SERVER_FILE);
  await editor.locator('.view-lines').click();
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.press('Enter');
  await page.keyboard.type('net.');
  // The TypeScript worker and the Node typings load after the editor is shown: ask until they answer.
  const suggest = page.locator('.suggest-widget.visible');
  await expect(async () => {
    await page.keyboard.press('Control+Space');
    await expect(suggest).toContainText('createServer', { timeout: 3_000 });
  }).toPass({ timeout: 45_000 });
  await page.keyboard.press('Escape');
  await expect(suggest).toBeHidden();

  await editor.locator('.view-line span', { hasText: 'createServer' }).first().hover();
  await expect(page.locator('.monaco-hover:not(.hidden)').first()).toContainText(/createServer|Server/, { timeout: 30_000 });

  await editor.locator('.view-lines').click();
  await page.keyboard.press('ControlOrMeta+F');
  await expect(editor.locator('.find-widget.visible')).toBeVisible();
  // The icons drawn in the suggest list and the find widget come from the codicon font beside the stylesheet.
  await expect.poll(() => page.evaluate(() => [...document.fonts].some((f) => /codicon/.test(f.family) && f.status === 'loaded'))).toBe(true);
  expect(failed).toEqual([]);
});
