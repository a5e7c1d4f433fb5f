/**
 * Issue 16, exercises graded in the page (local runtime: the `site` project serves dist/ with it).
 * Starting code → Check → fail with expected vs actual lines; apply the solution → Check → pass;
 * reload → still solved (block and sidebar); Reset brings the starting code back, Undo the solution;
 * in 中文 and in English. Each test starts with empty storage.
 */
import type { Page } from '@playwright/test';
import { test, expect, readingMode } from './fixtures.ts';
import { openInEditor, originalText, sandbox, storedEdit } from './sandbox-helpers.ts';

const PAGE = '/tcp-udp-sockets/';
const EXERCISE = 'two-clients';
const SANDBOX = 'ex-two-clients';
const FILE = 'upper-server.js';

function block(page: Page) {
  return page.locator(`[data-exercise="${EXERCISE}"]`);
}

async function open(page: Page, mode: 'zh' | 'en'): Promise<void> {
  await page.goto(`${PAGE}?lang=${mode}`);
  expect(await readingMode(page)).toBe(mode);
  await expect(block(page)).toHaveAttribute('data-enhanced', '');
}

async function check(page: Page, outcome: 'pass' | 'fail'): Promise<void> {
  const result = block(page).locator('[data-check-result]');
  await block(page).locator('[data-action="check"]').click();
  await expect(result).toHaveAttribute('data-check-result', 'running');
  await expect(result).toHaveAttribute('data-check-result', outcome, { timeout: 30_000 });
}

/** The solution text, from the block's own data. */
async function solutionText(page: Page): Promise<string> {
  const json = await block(page).locator('script[data-exercise-data]').textContent();
  const text = (JSON.parse(json ?? '{}') as { solution: Record<string, string> }).solution[FILE];
  if (text === undefined) throw new Error(`no solution for ${FILE}`);
  return text;
}

const LANGS = [
  { mode: 'zh', expected: '应为：', actual: '实际：', noReply: '2 秒内没有回复', failed: '未通过', passed: '全部 2 项检查都通过了' },
  { mode: 'en', expected: 'expected:', actual: 'actual:', noReply: 'no reply within 2 s', failed: 'failed', passed: 'All 2 checks passed' },
] as const;

for (const lang of LANGS) {
  test(`${lang.mode}: starting code fails with a readable difference, the solution passes and stays solved after a reload`, async ({ page, consoleErrors }) => {
    await open(page, lang.mode);
    const ex = block(page);
    await expect(ex).not.toHaveAttribute('data-solved', /.*/);

    // Starting code: the one-client check holds, the overlapping one does not — and says why.
    await check(page, 'fail');
    const one = ex.locator('[data-check="one client"]');
    const overlap = ex.locator('[data-check="two clients at once"]');
    await expect(one).toHaveAttribute('data-status', 'pass');
    await expect(one.locator(`[data-line="pass"] .lang-${lang.mode}`)).toContainText(lang.mode === 'zh' ? '客户端 A 收到大写的回复' : 'client A gets its reply upper-cased');
    await expect(overlap).toHaveAttribute('data-status', 'fail');
    await expect(overlap.locator('[data-check-status]')).toContainText(lang.failed);
    const detail = overlap.locator('[data-check-detail]');
    await expect(detail.locator('[data-line="expected"]')).toBeVisible();
    // Shown in the reader's language only: the other half is hidden.
    const shown = `.lang-${lang.mode}`;
    const other = lang.mode === 'zh' ? '.lang-en' : '.lang-zh';
    await expect(detail.locator(`[data-line="expected"] ${shown}`)).toBeVisible();
    await expect(detail.locator(`[data-line="expected"] ${other}`)).toBeHidden();
    await expect(detail.locator(`[data-line="expected"] ${shown}`)).toHaveText(new RegExp(`^${lang.expected}\\s*MSG-[A-Z0-9]{6}$`));
    await expect(detail.locator(`[data-line="actual"] ${shown}`)).toContainText(lang.actual);
    await expect(detail.locator(`[data-line="actual"] ${shown}`)).toContainText(lang.noReply);
    await expect(ex).not.toHaveAttribute('data-solved', /.*/);

    // The reference solution goes into the sandbox's files (saved like any edit), then passes.
    await ex.locator('[data-action="solution"]').click();
    const solution = await solutionText(page);
    await expect.poll(() => storedEdit(page, FILE, SANDBOX)).toBe(solution);
    await expect(sandbox(page, SANDBOX).locator(`[role="tab"][data-file="${FILE}"]`)).toHaveAttribute('data-edited', /.*/);
    await check(page, 'pass');
    await expect(ex.locator('[data-check-summary]')).toContainText(lang.passed);
    await expect(ex).toHaveAttribute('data-solved', '');
    const navLink = page.locator('.course-nav a[aria-current="page"]');
    await expect(navLink.locator('.nav-solved')).toHaveText('✓');

    await page.reload();
    await expect(block(page)).toHaveAttribute('data-solved', '');
    await expect(page.locator('.course-nav a[aria-current="page"] .nav-solved')).toBeVisible();
    // Another page's sidebar shows it too.
    await page.goto(`/threads/?lang=${lang.mode}`);
    await expect(page.locator(`.course-nav a[href$="${PAGE}"] .nav-solved`)).toBeVisible();
    expect(consoleErrors).toEqual([]);
  });
}

test('hints come one at a time, the diff shows what differs, Undo puts the reader\'s code back, Reset the starting code', async ({ page }) => {
  await open(page, 'en');
  const ex = block(page);
  const hints = ex.locator('[data-hint]');
  await expect(hints.nth(0)).toBeHidden();
  await ex.locator('[data-action="hint"]').click();
  await expect(hints.nth(0)).toBeVisible();
  await expect(hints.nth(1)).toBeHidden();
  await ex.locator('[data-action="hint"]').click();
  await expect(hints.nth(1)).toBeVisible();
  await expect(hints.nth(2)).toBeHidden();

  await ex.locator('[data-action="diff"]').click();
  const diff = ex.locator(`[data-diff] [data-diff-file="${FILE}"]`);
  await expect(diff).toBeVisible();
  await expect(diff).toContainText('- const waiting = [];');
  await expect(diff).toContainText('+ const server = net.createServer((conn) => serve(conn));');

  // With the editor open, the solution appears in it.
  const editor = await openInEditor(page, FILE, SANDBOX);
  await expect(editor.locator('.view-lines')).toContainText('const waiting');
  await ex.locator('[data-action="solution"]').click();
  const solution = await solutionText(page);
  await expect.poll(() => storedEdit(page, FILE, SANDBOX)).toBe(solution);
  await expect(editor.locator('.view-lines')).not.toContainText('const waiting');
  await expect(editor.locator('.view-lines')).toContainText('serve(conn));');
  await expect(ex.locator('[data-diff]')).toContainText('the same as the solution');
  await ex.locator('[data-action="undo-solution"]').click();
  await expect.poll(() => storedEdit(page, FILE, SANDBOX)).toBeNull();

  await ex.locator('[data-action="solution"]').click();
  await expect.poll(() => storedEdit(page, FILE, SANDBOX)).toBe(solution);
  await sandbox(page, SANDBOX).locator('[data-action="reset"]').click();
  await expect.poll(() => storedEdit(page, FILE, SANDBOX)).toBeNull();
  await sandbox(page, SANDBOX).locator('[data-action="undo"]').click();
  await expect.poll(() => storedEdit(page, FILE, SANDBOX)).toBe(solution);
  expect(await originalText(page, FILE, SANDBOX)).not.toBe(solution);

  // Hints survive a reload too.
  await page.reload();
  await expect(block(page).locator('[data-hint]').nth(1)).toBeVisible();
  await expect(block(page).locator('[data-hint]').nth(2)).toBeHidden();
});

/** Every exercise's page and id (udp-retry is local-only: this project runs the local runtime) (exercises/<id>/exercise.json `page`). */
const ALL = [
  ['network-basics', 'network-address'], ['tcp-udp-protocols', 'half-close'], ['tcp-udp-sockets', 'two-clients'], ['tcp-udp-sockets', 'udp-retry'],
  ['sticky-packets', 'length-header'], ['socketserver', 'per-client'], ['concurrency-basics', 'overlap-io'],
  ['processes', 'join-all'], ['mutex-and-ipc', 'no-oversell'], ['threads', 'atomic-counter'],
] as const;

for (const [slug, id] of ALL) {
  test(`${id} on /${slug}/: the reference solution passes every check in the page`, async ({ page }) => {
    await page.goto(`/${slug}/?lang=en`);
    const ex = page.locator(`[data-exercise="${id}"]`);
    await expect(ex).toHaveAttribute('data-enhanced', '');
    await ex.locator('[data-action="solution"]').click();
    await ex.locator('[data-action="check"]').click();
    await expect(ex.locator('[data-check-result]')).toHaveAttribute('data-check-result', /pass|fail/, { timeout: 50_000 });
    const report = await ex.locator('[data-check-result]').innerText();
    expect(await ex.locator('[data-check-result]').getAttribute('data-check-result'), report).toBe('pass');
    await expect(ex).toHaveAttribute('data-solved', '');
  });
}
