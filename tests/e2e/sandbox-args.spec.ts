/**
 * A program's arguments are editable in its panel (`[data-program] [data-args]`), with the flags the
 * text promises one click away (issue 17): tcp-echo's server run with --serial serves one client at a
 * time, the arguments survive a reload, and Reset clears them.
 */
import net from 'node:net';
import { test, expect } from './fixtures.ts';
import { SANDBOX_PAGE, expectOnScreen, program, run, sandbox, screen, typeLine } from './sandbox-helpers.ts';

const PROMPT = '输入要发送的信息：';

test('the server run with --serial makes a second client wait; the arguments survive a reload and Reset clears them', async ({ page }) => {
  test.slow(); // two programs, a reload and Monaco on a shared 2-core machine
  await page.goto(SANDBOX_PAGE);
  const field = program(page, 'server').locator('[data-args]');
  const chip = program(page, 'server').locator('[data-flag="--serial"]');
  await expect(field).toHaveValue('');
  await expect(program(page, 'server').locator('.sb-command')).toHaveText('node tcp-server.js');
  await chip.click();
  await expect(field).toHaveValue('--serial');
  await expect(chip).toHaveAttribute('aria-pressed', 'true');
  await expect(sandbox(page).locator('[data-action="reset"]')).toHaveAttribute('aria-disabled', 'false');

  await run(page, 'server');
  await expectOnScreen(page, 'server', '--serial: 一次只服务一个客户端');
  const port = Number((await screen(page, 'server').innerText()).match(/127\.0\.0\.1:(\d+)/)?.[1]);
  expect(port).toBeGreaterThan(0);

  // First client: the panel's. It is served.
  await run(page, 'client');
  await expectOnScreen(page, 'client', PROMPT);
  await expectOnScreen(page, 'server', '客户端的ip和端口');

  // Second client: a socket from the test. Connected (queued by the kernel), but not served yet.
  const second = net.connect({ port, host: '127.0.0.1' });
  let firstQuit = false;
  const reply = new Promise<{ text: string; afterQuit: boolean }>((resolve, reject) => {
    second.once('data', (d) => resolve({ text: d.toString(), afterQuit: firstQuit }));
    second.once('error', reject);
  });
  await new Promise<void>((resolve) => second.once('connect', () => resolve()));
  second.write('second');
  try {
    // The first client still gets its answers while the second one waits.
    await typeLine(page, 'client', 'first');
    await expectOnScreen(page, 'client', 'FIRST');
    await expect.poll(async () => ((await screen(page, 'server').innerText()).match(/客户端的ip和端口/g) ?? []).length).toBe(1);
    await expect(screen(page, 'server')).not.toContainText('second');

    firstQuit = true;
    await typeLine(page, 'client', 'quit');
    const got = await reply;
    expect(got).toEqual({ text: 'SECOND', afterQuit: true });
    await expectOnScreen(page, 'server', '客户端发来的消息: second');
  } finally {
    second.destroy();
  }
  await program(page, 'server').locator('[data-action="stop"]').click();
  await expect(program(page, 'server')).toHaveAttribute('data-status', 'exited');

  await page.reload();
  await expect(field).toHaveValue('--serial');
  await expect(chip).toHaveAttribute('aria-pressed', 'true');

  await sandbox(page).locator('[data-action="reset"]').click();
  await expect(field).toHaveValue('');
  await expect(chip).toHaveAttribute('aria-pressed', 'false');
  expect(await page.evaluate(() => localStorage.getItem('live-sockets:args:tcp-echo:server'))).toBeNull();
  await sandbox(page).locator('[data-action="undo"]').click();
  await expect(field).toHaveValue('--serial');
  await sandbox(page).locator('[data-action="reset"]').click();
  await expect(field).toHaveValue('');
});
