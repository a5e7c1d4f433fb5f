/**
 * Share by link (issue 17): the edited files and arguments travel in the URL fragment. Opened in a
 * fresh browser context, the link shows the shared code, marked shared, while that reader's own
 * edit stays saved and comes back in one click. A damaged link is explained and nothing is applied.
 */
import { test, expect } from './fixtures.ts';
import { SANDBOX_PAGE, SERVER_FILE, originalText, program, replaceInEditor, sandbox, storedEdit } from './sandbox-helpers.ts';

test('edit, Share, open the link elsewhere: the edit is there, marked shared; that reader\'s own edit is kept', async ({ page, browser, baseURL }) => {
  test.slow(); // Monaco in one context, two page loads in another, on a shared machine
  await page.goto(SANDBOX_PAGE);
  const shared = (await originalText(page, SERVER_FILE)).replace('TCP 服务端', 'TCP 服务端 SHARED-EDIT 分享的修改');
  await replaceInEditor(page, SERVER_FILE, shared);
  await program(page, 'server').locator('[data-flag="--serial"]').click();
  await sandbox(page).locator('[data-action="share"]').click();
  const field = sandbox(page).locator('[data-share-url]');
  await expect(field).toBeVisible();
  const url = await field.inputValue();
  expect(url).toMatch(/#share=tcp-echo~[A-Za-z0-9_-]+$/);
  expect(url.length).toBeLessThan(8_000);
  await expect(sandbox(page).locator('[data-note]')).toContainText(/nothing is sent anywhere/);

  const other = await browser.newContext({ baseURL: baseURL ?? '' });
  try {
    const reader = await other.newPage();
    await reader.goto(SANDBOX_PAGE);
    const own = '// OWN-EDIT of this reader\n';
    await reader.evaluate(([key, text]) => localStorage.setItem(key!, text!), [`live-sockets:edit:tcp-echo:${SERVER_FILE}`, own]);
    await reader.goto('about:blank'); // a fresh load, not a jump to the fragment within the page
    await reader.goto(url);
    const root = sandbox(reader);
    await expect(root).toHaveAttribute('data-shared', '');
    await expect(root.locator('[data-shared-banner]')).toBeVisible();
    await expect(root.locator(`[role="tab"][data-file="${SERVER_FILE}"]`)).toHaveAttribute('data-edited', '');
    await expect(root.locator(`.sb-panel[data-panel="${SERVER_FILE}"] .sb-plain`)).toContainText('SHARED-EDIT 分享的修改');
    await expect(program(reader, 'server').locator('[data-args]')).toHaveValue('--serial');
    // The reader's own edit is still saved, not overwritten by the shared one.
    expect(await storedEdit(reader, SERVER_FILE)).toBe(own);

    await root.locator('[data-action="own-version"]').click();
    await expect(root.locator(`.sb-panel[data-panel="${SERVER_FILE}"] .sb-plain`)).toContainText('OWN-EDIT of this reader');
    await expect(root).not.toHaveAttribute('data-shared', '');
    await expect(program(reader, 'server').locator('[data-args]')).toHaveValue('');
    expect(new URL(reader.url()).hash).toBe('');
  } finally {
    await other.close();
  }
});

test('a damaged link is explained in both languages and nothing of it is applied', async ({ page }) => {
  await page.goto(`${SANDBOX_PAGE}#share=tcp-echo~AAAA_not-really-deflate`);
  const root = sandbox(page);
  await expect(root).toHaveAttribute('data-share-problem', 'damaged');
  await expect(root.locator('[data-note] .lang-zh')).toContainText('已损坏');
  await expect(root.locator('[data-note] .lang-en')).toContainText('damaged');
  await expect(root).not.toHaveAttribute('data-shared', '');
  await expect(root.locator(`[role="tab"][data-file="${SERVER_FILE}"]`)).not.toHaveAttribute('data-edited', '');
});
