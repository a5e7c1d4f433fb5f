/**
 * The live sandbox on the built site, local runtime (DESIGN.md §5): run a server and a client with
 * typed input, edit/restart/reload/reset/undo, a flood of output, no heavy code before interaction,
 * the WebContainer failure path, Chinese input, keyboard use.
 */
import { gzipSync } from 'node:zlib';
import { test, expect } from './fixtures.ts';
import {
  SANDBOX_PAGE,
  SERVER_FILE,
  expectOnScreen,
  focusTerminal,
  openInEditor,
  originalText,
  program,
  replaceInEditor,
  run,
  sandbox,
  screen,
  storedEdit,
  typeLine,
} from './sandbox-helpers.ts';

const PROMPT = '输入要发送的信息：';

test('a server and a client run side by side; typed input reaches the server and the reply comes back', async ({ page }) => {
  await page.goto(SANDBOX_PAGE);
  await run(page, 'server');
  await expectOnScreen(page, 'server', 'listening on 127.0.0.1:');
  await run(page, 'client');
  await expectOnScreen(page, 'client', PROMPT);

  await typeLine(page, 'client', 'hello');
  await expectOnScreen(page, 'client', 'HELLO');
  await expectOnScreen(page, 'server', '客户端发来的消息: hello');

  const [serverBox, clientBox] = await Promise.all([program(page, 'server').boundingBox(), program(page, 'client').boundingBox()]);
  expect(serverBox && clientBox && Math.abs(serverBox.y - clientBox.y) < 2, 'side by side on a wide screen').toBe(true);

  for (const name of ['client', 'server']) {
    await program(page, name).locator('[data-action="stop"]').click();
    await expect(program(page, name)).toHaveAttribute('data-status', 'exited');
  }
  await expect(program(page, 'server').locator('[data-status-text]')).toContainText(/exited|已退出/i);
});

test('edits are used on Restart, survive a reload, and Reset/Undo restore them', async ({ page }) => {
  await page.goto(SANDBOX_PAGE);
  const original = await originalText(page, SERVER_FILE);
  // The first line marks the edit where the editor shows it without scrolling.
  const lower = `// EDITED: replies in lower case\n${original.replace('conn.write(asciiUpper(data));', "conn.write(data.toString('utf8').toLowerCase());")}`;
  expect(lower).not.toBe(original);

  await run(page, 'server');
  await replaceInEditor(page, SERVER_FILE, lower);
  const tab = sandbox(page).locator(`[role="tab"][data-file="${SERVER_FILE}"]`);
  await expect(tab).toHaveAttribute('data-edited', '');

  await program(page, 'server').locator('[data-action="restart"]').click();
  await expect(program(page, 'server')).toHaveAttribute('data-status', 'running');
  await expectOnScreen(page, 'server', 'listening on');
  await run(page, 'client');
  await typeLine(page, 'client', 'HeLLo');
  // Typed "HeLLo" (echoed as typed); only the reply can contain "hello".
  await expectOnScreen(page, 'client', 'hello');
  await expect(screen(page, 'client')).not.toContainText('HELLO');

  await page.reload();
  await expect(tab).toHaveAttribute('data-edited', '');
  expect(await storedEdit(page, SERVER_FILE)).toBe(lower);
  await openInEditor(page, SERVER_FILE);
  const lines = sandbox(page).locator('[data-editor] .view-lines');
  await expect(lines).toContainText('EDITED: replies in lower case');

  await sandbox(page).locator('[data-action="reset"]').click();
  await expect(tab).not.toHaveAttribute('data-edited', '');
  await expect(lines).not.toContainText('EDITED');
  await expect(lines).toContainText('TCP 服务端');
  expect(await storedEdit(page, SERVER_FILE)).toBeNull();

  await sandbox(page).locator('[data-action="undo"]').click();
  await expect(tab).toHaveAttribute('data-edited', '');
  await expect(lines).toContainText('EDITED: replies in lower case');
  expect(await storedEdit(page, SERVER_FILE)).toBe(lower);
});

test('a program printing in a tight loop can be stopped, and the page keeps responding', async ({ page }) => {
  await page.goto(SANDBOX_PAGE);
  await replaceInEditor(page, SERVER_FILE, 'for (let i = 0; ; i++) console.log(i)\n');
  await run(page, 'server');
  await expectOnScreen(page, 'server', /\d{4,}/);

  // Another control still answers while the output floods in.
  const originalTab = sandbox(page).locator('[role="tab"][data-original]');
  await originalTab.click({ timeout: 5_000 });
  await expect(originalTab).toHaveAttribute('aria-selected', 'true', { timeout: 5_000 });

  await program(page, 'server').locator('[data-action="stop"]').click({ timeout: 5_000 });
  await expect(program(page, 'server')).toHaveAttribute('data-status', 'exited');
});

test('before any interaction the page has requested nothing of Monaco, xterm or WebContainer', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  // The page's own JS, gzip-compressed as a static host sends it: the 30 KB budget of DESIGN.md §8
  // (a shared helper once pulled zod into every page load, 50 KB).
  const js: Promise<number>[] = [];
  page.on('response', (r) => {
    if (/\.m?js(\?|$)/.test(r.url())) js.push(r.body().then((b) => gzipSync(b).length, () => 0));
  });
  await page.goto(SANDBOX_PAGE);
  await page.waitForLoadState('networkidle');
  await expect(sandbox(page)).toHaveAttribute('data-enhanced', '');
  const heavy = requests.filter((u) => /monaco|xterm|webcontainer|editor-loader|terminal-panel|node-typings|\.worker|sandbox-session/i.test(u));
  expect(heavy).toEqual([]);
  const jsGzip = (await Promise.all(js)).reduce((a, b) => a + b, 0);
  expect(jsGzip, `JS before interaction: ${jsGzip} B gzip`).toBeLessThanOrEqual(30 * 1024);
  const headMentionsMonaco = await page.evaluate(() =>
    [...document.head.querySelectorAll('style, link[rel="stylesheet"]')].some((el) =>
      /monaco/i.test(el.textContent ?? '') || /monaco|editor-loader/i.test(el.getAttribute('href') ?? ''),
    ),
  );
  expect(headMentionsMonaco).toBe(false);

  // And the first interaction does load them, with Monaco's CSS injected at runtime.
  await openInEditor(page, SERVER_FILE);
  await expect(page.locator('head style[data-monaco]')).toHaveCount(1);
});

test('when the WebContainer cannot boot, Run explains why, the recording stays, and the local runtime takes over', async ({ page }) => {
  // Offline stand-in: every request that leaves this machine fails (stackblitz.com included).
  await page.route('**/*', (route) => {
    const host = new URL(route.request().url()).hostname;
    return host === '127.0.0.1' || host === 'localhost' ? route.continue() : route.abort();
  });
  await page.goto(`${SANDBOX_PAGE}?runtime=webcontainer&bootTimeout=3000`);
  await program(page, 'server').locator('[data-action="run"]').click();
  // While it waits, the note says for what and until when, in both languages (slow-boot.ts).
  await expect(sandbox(page).locator('[data-note] .lang-zh')).toContainText('stackblitz.com', { timeout: 3_000 });
  await expect(sandbox(page).locator('[data-note] .lang-en')).toContainText('gives up after 3 s');
  await expect(program(page, 'server')).toHaveAttribute('data-status', 'failed', { timeout: 8_000 });
  await expect(sandbox(page).locator('[data-note]')).not.toContainText('stackblitz.com');
  const explain = sandbox(page).locator('[data-explain]');
  await expect(explain).toBeVisible();
  await expect(explain).toHaveAttribute('data-reason', /timeout|error/);
  await expect(program(page, 'server').locator('[data-recording] pre').first()).toBeVisible();

  await explain.locator('[data-action="switch-runtime"]').click();
  await expect(sandbox(page)).toHaveAttribute('data-runtime', 'local');
  await expect(explain).toBeHidden();
  await run(page, 'server');
  await expectOnScreen(page, 'server', 'listening on');
});

test('Chinese text inserted into the editor and into a terminal arrives exactly once', async ({ page }) => {
  await page.goto(SANDBOX_PAGE);
  const editor = await openInEditor(page, SERVER_FILE);
  await editor.locator('.view-lines').click();
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.insertText('// 你好');
  await expect.poll(async () => (await storedEdit(page, SERVER_FILE))?.split('你好').length).toBe(2);

  await sandbox(page).locator('[data-action="reset"]').click();
  await run(page, 'server');
  await expectOnScreen(page, 'server', 'listening on'); // else, under load, the client may connect first
  await run(page, 'client');
  await expectOnScreen(page, 'client', PROMPT);
  await focusTerminal(page, 'client');
  await page.keyboard.insertText('你好');
  await expectOnScreen(page, 'client', `${PROMPT}你好`);
  await page.keyboard.press('Enter');
  await expectOnScreen(page, 'server', '客户端发来的消息: 你好');
  await expect.poll(async () => ((await screen(page, 'server').innerText()).match(/你好/g) ?? []).length).toBe(1);
  // Echoed once on the input line, answered once by the server.
  await expect.poll(async () => ((await screen(page, 'client').innerText()).match(/你好/g) ?? []).length).toBe(2);
});

test('keyboard only: Tab reaches a Run button and Enter runs the program', async ({ page }) => {
  await page.goto(SANDBOX_PAGE);
  const runButton = program(page, 'server').locator('[data-action="run"]');
  for (let i = 0; i < 200; i++) {
    if (await runButton.evaluate((el) => el === document.activeElement)) break;
    await page.keyboard.press('Tab');
  }
  await expect(runButton).toBeFocused();
  await expect(runButton).toHaveAccessibleName(/Run|运行/);
  await page.keyboard.press('Enter');
  await expect(program(page, 'server')).toHaveAttribute('data-status', 'running');
  await expect(runButton).toBeFocused();
  await expect(program(page, 'server').locator('textarea')).toHaveAccessibleName(/终端|terminal/i);
});
