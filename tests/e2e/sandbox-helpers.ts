/**
 * Helpers for the sandbox e2e specs: locate a sandbox's hooks (DESIGN.md §5), type into its
 * terminals, replace an editor file. They only use the stable data-* hooks and xterm's DOM text.
 */
import { expect, type Locator, type Page } from '@playwright/test';

export const SANDBOX_PAGE = '/tcp-udp-sockets/';
export const SERVER_FILE = 'tcp-server.js';

export function sandbox(page: Page, id = 'tcp-echo'): Locator {
  return page.locator(`live-sandbox[data-sandbox="${id}"]`);
}

export function program(page: Page, name: string, id = 'tcp-echo'): Locator {
  return sandbox(page, id).locator(`[data-program="${name}"]`);
}

/** The text on a program's terminal screen (xterm's DOM renderer rows). */
export function screen(page: Page, name: string, id = 'tcp-echo'): Locator {
  return program(page, name, id).locator('.xterm-rows');
}

/**
 * Wait until a program's terminal shows `text`. The terminal is scrolled into view first: xterm
 * pauses drawing while it is off screen (as it should), so its DOM only shows what a reader sees.
 */
export async function expectOnScreen(page: Page, name: string, text: string | RegExp, id = 'tcp-echo'): Promise<void> {
  await program(page, name, id).locator('[data-terminal]').scrollIntoViewIfNeeded();
  await expect(screen(page, name, id)).toContainText(text);
}

/** Click Run and wait until the program runs. */
export async function run(page: Page, name: string, id = 'tcp-echo'): Promise<void> {
  await program(page, name, id).locator('[data-action="run"]').click();
  await expect(program(page, name, id)).toHaveAttribute('data-status', 'running');
}

/** Focus a program's terminal (xterm's hidden textarea). */
export async function focusTerminal(page: Page, name: string, id = 'tcp-echo'): Promise<void> {
  await program(page, name, id).locator('[data-terminal]').click();
  await expect(program(page, name, id).locator('textarea')).toBeFocused();
}

/** Type a line into a program's terminal and press Enter. */
export async function typeLine(page: Page, name: string, line: string, id = 'tcp-echo'): Promise<void> {
  await focusTerminal(page, name, id);
  await page.keyboard.type(line);
  await page.keyboard.press('Enter');
}

/** The original text of a sandbox file, from the page's own data. */
export async function originalText(page: Page, file: string, id = 'tcp-echo'): Promise<string> {
  const json = await sandbox(page, id).locator('script[data-sandbox-data]').textContent();
  const data = JSON.parse(json ?? '{}') as { files: Record<string, string> };
  const text = data.files[file];
  if (text === undefined) throw new Error(`no file ${file} in sandbox ${id}`);
  return text;
}

/** Show `file` in the editor (loading it if needed) and wait until Monaco is on screen. */
export async function openInEditor(page: Page, file: string, id = 'tcp-echo'): Promise<Locator> {
  await sandbox(page, id).locator(`[role="tab"][data-file="${file}"]`).click();
  const editor = sandbox(page, id).locator('[data-editor] .monaco-editor');
  await expect(editor).toBeVisible();
  return editor;
}

/** What the page has saved for a file (null when not edited). */
export function storedEdit(page: Page, file: string, id = 'tcp-echo'): Promise<string | null> {
  return page.evaluate((key) => localStorage.getItem(key), `live-sockets:edit:${id}:${file}`);
}

/**
 * Replace the whole text of `file` in the editor: select all, then paste (a paste event, as the
 * clipboard would send; typing a whole file would be re-indented line by line, as it should be).
 */
export async function replaceInEditor(page: Page, file: string, text: string, id = 'tcp-echo'): Promise<void> {
  const editor = await openInEditor(page, file, id);
  await editor.locator('.view-lines').click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.evaluate((pasted) => {
    const data = new DataTransfer();
    data.setData('text/plain', pasted);
    document.activeElement?.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, text);
  await expect.poll(() => storedEdit(page, file, id)).toBe(text);
}
