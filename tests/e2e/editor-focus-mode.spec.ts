/**
 * Focus mode (issue 19): the button widens a sandbox to the whole window, code and terminals side
 * by side (both terminals wider than 45 % of a 1280 px window), Esc returns it where it was; on a
 * phone it fills the screen with code/terminal tabs.
 */
import { test, expect } from './fixtures.ts';
import { SANDBOX_PAGE, program, sandbox } from './sandbox-helpers.ts';

test('focus mode opens wide with both terminals over 45 % of the window, and Esc brings the page back where it was', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(SANDBOX_PAGE);
  const button = sandbox(page).locator('[data-action="focus"]');
  await button.scrollIntoViewIfNeeded();
  const scrollBefore = await page.evaluate(() => scrollY);
  await expect(button).toHaveAttribute('aria-pressed', 'false');
  await expect(button).toHaveAccessibleName(/专注模式|Focus mode/);

  await button.click();
  await expect(sandbox(page)).toHaveAttribute('data-focus', '');
  await expect(button).toHaveAttribute('aria-pressed', 'true');
  const box = await sandbox(page).boundingBox();
  expect(box && box.width >= 1270 && box.height >= 890, 'the sandbox fills the window').toBe(true);
  for (const name of ['server', 'client']) {
    const terminal = program(page, name).locator('[data-terminal]');
    await expect(terminal).toBeVisible();
    await expect.poll(async () => (await terminal.boundingBox())?.width ?? 0).toBeGreaterThan(0.45 * 1280);
  }
  // Code and terminals side by side: the editor is to the left of the terminals.
  const files = await sandbox(page).locator('.sb-files').boundingBox();
  const terminalBox = await program(page, 'server').locator('[data-terminal]').boundingBox();
  expect(files && terminalBox && files.x + files.width <= terminalBox.x, 'code left of the terminals').toBe(true);
  // The split is a keyboard-operable separator: moving it narrows the code.
  const separator = sandbox(page).locator('[role="separator"]');
  await separator.focus();
  await page.keyboard.press('ArrowLeft');
  await expect(separator).toHaveAttribute('aria-valuenow', '45');

  await page.keyboard.press('Escape');
  await expect(sandbox(page)).not.toHaveAttribute('data-focus', '');
  await expect(button).toHaveAttribute('aria-pressed', 'false');
  await expect(button).toBeFocused();
  await expect.poll(() => page.evaluate(() => scrollY)).toBe(scrollBefore);
});

test('on a phone focus mode fills the screen and switches between code and terminals with tabs', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 800 });
  await page.goto(SANDBOX_PAGE);
  const button = sandbox(page).locator('[data-action="focus"]');
  await button.scrollIntoViewIfNeeded();
  await button.click();
  await expect(sandbox(page)).toHaveAttribute('data-focus', '');
  const box = await sandbox(page).boundingBox();
  expect(box && box.width >= 385 && box.height >= 795, 'the sandbox fills the screen').toBe(true);

  const tabs = sandbox(page).locator('.sb-focus-panes [role="tab"]');
  await expect(tabs).toHaveCount(2);
  await expect(sandbox(page).locator('.sb-files')).toBeVisible();
  await expect(program(page, 'server')).toBeHidden();
  await tabs.nth(1).click();
  await expect(tabs.nth(1)).toHaveAttribute('aria-selected', 'true');
  await expect(program(page, 'server').locator('[data-terminal]')).toBeVisible();
  await expect(sandbox(page).locator('.sb-files')).toBeHidden();

  await button.click();
  await expect(sandbox(page)).not.toHaveAttribute('data-focus', '');
});
