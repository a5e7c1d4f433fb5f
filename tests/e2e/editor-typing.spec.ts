/**
 * Typing at the click (issue 19): the reader clicks into the server-rendered code and types at
 * once; the keys land in the plain layer while Monaco loads (held back here until the typing is
 * done, so the hand-off is always exercised), then Monaco takes over with the same text, caret
 * and undo steps, and the focus. Edits survive a reload.
 */
import type { Page, Route } from '@playwright/test';
import { test, expect } from './fixtures.ts';
import { SANDBOX_PAGE, SERVER_FILE, originalText, sandbox, storedEdit } from './sandbox-helpers.ts';

/** Hold Monaco's chunk until `release()`: the typing before it must land in the plain layer. */
async function holdEditorChunk(page: Page): Promise<{ release(): void }> {
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/editor-loader\.[^/]*\.js$/, async (route: Route) => {
    await gate;
    await route.continue();
  });
  return { release };
}

/**
 * Click just past the end of the first code line that fits in the panel (so the caret goes to the
 * end of that line); returns that line's index.
 */
async function clickEndOfALine(page: Page): Promise<number> {
  const panel = sandbox(page).locator(`.sb-panel[data-panel="${SERVER_FILE}"]`);
  await panel.scrollIntoViewIfNeeded();
  const spot = await panel.evaluate((el) => {
    const right = el.getBoundingClientRect().right - 12;
    const lines = [...el.querySelectorAll('.ec-line')];
    for (const [index, line] of lines.entries()) {
      const last = line.querySelector('.code')?.lastElementChild;
      const box = last?.getBoundingClientRect();
      if (box && box.width > 0 && box.right < right - 8) return { index, x: box.right + 6, y: box.top + box.height / 2 };
    }
    return null;
  });
  if (!spot) throw new Error('no code line fits in the panel');
  await page.mouse.click(spot.x, spot.y);
  return spot.index;
}

/** `text` with `added` appended to its line `index`. */
const appendToLine = (text: string, index: number, added: string): string =>
  text.split('\n').map((line, i) => (i === index ? line + added : line)).join('\n');

const count = (text: string | null, part: string): number => (text ?? '').split(part).length - 1;

test('keys typed right after the click arrive once, Monaco takes over with caret and focus, and it survives a reload', async ({ page }) => {
  await page.goto(SANDBOX_PAGE);
  const original = await originalText(page, SERVER_FILE);
  const held = await holdEditorChunk(page);

  const line = await clickEndOfALine(page);
  await page.keyboard.type(' zq1 zq2');
  // Still the plain layer: Monaco is held back.
  await expect(sandbox(page).locator('textarea.sb-typing')).toBeFocused();
  await expect.poll(() => storedEdit(page, SERVER_FILE)).toBe(appendToLine(original, line, ' zq1 zq2'));

  held.release();
  const editor = sandbox(page).locator('[data-editor] .monaco-editor');
  await expect(editor).toBeVisible();
  await expect(sandbox(page).locator('textarea.sb-typing')).toHaveCount(0);
  // The focus moved into Monaco with the caret where it was: the next keys continue the line.
  await expect(editor).toHaveClass(/\bfocused\b/);
  await page.keyboard.type(' zq3');
  const expected = appendToLine(original, line, ' zq1 zq2 zq3');
  await expect.poll(() => storedEdit(page, SERVER_FILE)).toBe(expected);
  await expect(editor.locator('.view-lines')).toContainText('zq1 zq2 zq3');
  for (const part of ['zq1', 'zq2', 'zq3']) expect(count(await storedEdit(page, SERVER_FILE), part)).toBe(1);

  await page.evaluate(() => dispatchEvent(new Event('pagehide')));
  await page.reload();
  await expect.poll(() => storedEdit(page, SERVER_FILE)).toBe(expected);
  await expect(sandbox(page).locator(`.sb-panel[data-panel="${SERVER_FILE}"] .sb-plain`)).toContainText('zq1 zq2 zq3');
});

test('Undo in Monaco undoes what was typed before Monaco came', async ({ page }) => {
  await page.goto(SANDBOX_PAGE);
  const original = await originalText(page, SERVER_FILE);
  const held = await holdEditorChunk(page);
  const line = await clickEndOfALine(page);
  await page.keyboard.type(' undo-me');
  await expect.poll(() => storedEdit(page, SERVER_FILE)).toBe(appendToLine(original, line, ' undo-me'));
  await expect(sandbox(page).locator('textarea.sb-typing')).toBeFocused();
  held.release();
  const editor = sandbox(page).locator('[data-editor] .monaco-editor');
  await expect(editor).toHaveClass(/\bfocused\b/);
  await expect(editor.locator('.view-lines')).toContainText('undo-me');

  // Undo steps back through the typing, word by word, to the original text.
  await expect(async () => {
    await page.keyboard.press('ControlOrMeta+Z');
    expect(await storedEdit(page, SERVER_FILE)).toBeNull();
  }).toPass({ timeout: 10_000 });
  await expect(editor.locator('.view-lines')).not.toContainText('undo-me');
  await expect(sandbox(page).locator(`[role="tab"][data-file="${SERVER_FILE}"]`)).not.toHaveAttribute('data-edited', '');
});

test('a keyboard user who tabs to the code and types lands in the plain layer, then in Monaco', async ({ page }) => {
  await page.goto(SANDBOX_PAGE);
  const original = await originalText(page, SERVER_FILE);
  const held = await holdEditorChunk(page);
  const panel = sandbox(page).locator(`.sb-panel[data-panel="${SERVER_FILE}"]`);
  await panel.focus();
  await expect(panel).toBeFocused();
  await page.keyboard.type('kb1 ');
  await expect(sandbox(page).locator('textarea.sb-typing')).toBeFocused();
  await expect.poll(() => storedEdit(page, SERVER_FILE)).toBe(`kb1 ${original}`);
  held.release();
  const editor = sandbox(page).locator('[data-editor] .monaco-editor');
  await expect(editor).toHaveClass(/\bfocused\b/);
  await page.keyboard.type('kb2 ');
  await expect.poll(() => storedEdit(page, SERVER_FILE)).toBe(`kb1 kb2 ${original}`);
});

test('Monaco does not take over in the middle of an IME composition; the composed text arrives once', async ({ page }) => {
  await page.goto(SANDBOX_PAGE);
  const original = await originalText(page, SERVER_FILE);
  const held = await holdEditorChunk(page);
  const line = await clickEndOfALine(page);
  await expect(sandbox(page).locator('textarea.sb-typing')).toBeFocused();
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Input.imeSetComposition', { text: 'ni', selectionStart: 2, selectionEnd: 2 });
  held.release();
  // Monaco's chunk and stylesheet are in; the swap waits for the composition to end.
  await expect(page.locator('head style[data-monaco]')).toHaveCount(1);
  await expect(sandbox(page).locator('textarea.sb-typing')).toBeFocused();
  await expect(sandbox(page)).not.toHaveAttribute('data-editing', '');
  await cdp.send('Input.insertText', { text: '你' });
  const editor = sandbox(page).locator('[data-editor] .monaco-editor');
  await expect(editor).toHaveClass(/\bfocused\b/);
  await expect.poll(() => storedEdit(page, SERVER_FILE)).toBe(appendToLine(original, line, '你'));
  await page.keyboard.insertText('好');
  await expect.poll(() => storedEdit(page, SERVER_FILE)).toBe(appendToLine(original, line, '你好'));
  await cdp.detach();
});
