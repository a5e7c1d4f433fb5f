/**
 * Issue 18 on the built site, local runtime: the author's Python runs beside the Node programs and
 * talks to them (the wire is the same), each panel says its language, a corrected copy shows its diff
 * against the notes, and on the WebContainer a Python panel explains where it runs and keeps its
 * recording. Needs python3 on this machine (the local runtime reports it); skips with the reason without.
 */
import { test, expect } from './fixtures.ts';
import { expectOnScreen, program, run, sandbox, screen, typeLine } from './sandbox-helpers.ts';

const SOCKETS = '/tcp-udp-sockets/';

/** The local runtime's python3, as its health route reports it. */
async function runtimePython(request: import('@playwright/test').APIRequestContext): Promise<string | null> {
  const body = (await (await request.get('/__runtime/health')).json()) as { python?: string | null };
  return body.python ?? null;
}

test.describe('Python programs on the local runtime', () => {
  test.beforeEach(async ({ request }) => {
    const python = await runtimePython(request);
    test.skip(python === null, 'python3 is not installed on this machine: the local runtime reports python: null');
  });

  test('tcp-echo: the Python server and the Node client exchange hello → HELLO', async ({ page }) => {
    await page.goto(SOCKETS);
    await expect(program(page, 'py-server')).toHaveAttribute('data-language', 'python');
    await expect(program(page, 'client')).toHaveAttribute('data-language', 'node');
    await expect(program(page, 'py-server').locator('[data-language-badge]')).toHaveText('Python');
    await expect(program(page, 'py-server').locator('.sb-command')).toHaveText('python3 tcp_server.py');

    await run(page, 'py-server');
    await expectOnScreen(page, 'py-server', 'listening on 127.0.0.1:');
    await run(page, 'client');
    await expectOnScreen(page, 'client', '输入要发送的信息：');
    await typeLine(page, 'client', 'hello');
    await expectOnScreen(page, 'client', 'HELLO');
    await expectOnScreen(page, 'py-server', '客户端发来的消息: hello');
    // What Python's print(conn) shows: a real Python socket object served this client.
    await expectOnScreen(page, 'py-server', /<socket\.socket fd=\d+/);

    for (const name of ['client', 'py-server']) {
      await program(page, name).locator('[data-action="stop"]').click();
      await expect(program(page, name)).toHaveAttribute('data-status', 'exited');
    }
  });

  test('udp-hello: the Python client gets the Node server\'s reply', async ({ page }) => {
    await page.goto(SOCKETS);
    await run(page, 'server', 'udp-hello');
    await expectOnScreen(page, 'server', 'listening on 127.0.0.1:', 'udp-hello');
    // The client sends, hears back and exits at once: wait for its exit rather than its running state.
    await program(page, 'py-client', 'udp-hello').locator('[data-action="run"]').click();
    await expect(program(page, 'py-client', 'udp-hello')).toHaveAttribute('data-exit-code', '0');
    await expectOnScreen(page, 'py-client', 'HELLO', 'udp-hello');
    await expectOnScreen(page, 'server', "(b'hello', ('127.0.0.1', ", 'udp-hello');
    await expect(program(page, 'server', 'udp-hello')).toHaveAttribute('data-exit-code', '0');
  });

  test('udp-hello --big: the Python server keeps 1024 of the 2000 bytes (E24), the Node server all of them', async ({ page }) => {
    await page.goto(SOCKETS);
    const client = program(page, 'client', 'udp-hello');
    await client.locator('[data-flag="--big"]').click();
    await expect(client.locator('[data-args]')).toHaveValue('--big');
    for (const [server, end] of [['py-server', '00001024'], ['server', '00002000']] as const) {
      await run(page, server, 'udp-hello');
      await expectOnScreen(page, server, 'listening on 127.0.0.1:', 'udp-hello');
      await client.locator('[data-action="run"]').click();
      await expect(program(page, server, 'udp-hello')).toHaveAttribute('data-exit-code', '0');
      // The datagram counts itself in 8-digit blocks: the last block on screen is how much arrived.
      await expectOnScreen(page, server, `${end}', ('127.0.0.1', `, 'udp-hello');
      const shown = ((await screen(page, server, 'udp-hello').textContent()) ?? '').replace(/\s/g, '');
      expect(shown.match(/\d{8}(?=',\()/)?.[0]).toBe(end);
    }
  });

  // The 20-run check that it never oversells is the scenario "Python (corrected): 20 runs in a row,
  // never oversold" (npm test); here one run on the page, whose 21 lines do not all fit on screen.
  test('mutex-tickets: the corrected Python ticket sale runs on the page and does not oversell', async ({ page }) => {
    await page.goto('/mutex-and-ipc/');
    const panel = program(page, 'py-tickets', 'mutex-tickets');
    await expect(panel.locator('[data-corrected-badge]')).toBeVisible();
    await panel.locator('[data-action="run"]').click();
    await expect(panel).toHaveAttribute('data-exit-code', '0', { timeout: 20_000 });
    await panel.locator('[data-terminal]').scrollIntoViewIfNeeded();
    const text = screen(page, 'py-tickets', 'mutex-tickets');
    // The buyers are served one at a time, under the lock: the last lines on screen are refusals.
    await expect(text).toContainText(/(用户\d+买票失败\s*){3}/);
    expect(((await text.textContent()) ?? '').match(/买票成功/g)?.length ?? 0).toBeLessThanOrEqual(1);
  });
});

test('a corrected Python copy shows its diff against the notes one click away', async ({ page }) => {
  await page.goto(SOCKETS);
  const panel = program(page, 'py-server');
  await expect(panel.locator('[data-corrected-badge]')).toContainText(/修正版|corrected/);
  const diff = panel.locator('[data-python-diff]');
  await diff.locator('summary').click();
  await expect(diff.locator('pre')).toContainText("-phone.bind(('127.0.0.1', 8080))");
  await expect(diff.locator('pre')).toContainText("+PORT = int(os.environ.get('PORT', 8080))");
  // The original stays verbatim in its own tab.
  await expect(sandbox(page).locator('[role="tab"][data-original]')).toBeAttached();
});

test('on the WebContainer a Python program explains that it runs on the local runtime and keeps its recording', async ({ page }) => {
  await page.goto(`${SOCKETS}?runtime=webcontainer&bootTimeout=3000`);
  const panel = program(page, 'py-server');
  await expect(panel.locator('[data-python-note]')).toContainText(/WebContainers have no Python|WebContainer 中没有 Python/);
  await panel.locator('[data-action="run"]').click();
  await expect(panel).toHaveAttribute('data-status', 'failed');
  await expect(sandbox(page).locator('[data-note]')).toContainText(/Python programs run on the local runtime only|Python 程序只能在本地运行时上运行/);
  const recording = panel.locator('[data-recording]');
  await expect(recording).toHaveAttribute('open', '');
  await expect(recording).toContainText('$ python3 tcp_server.py');
  await expect(recording).toContainText('客户端发来的消息: hello');
});
