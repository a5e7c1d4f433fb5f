/**
 * Page-wide sandbox behaviour on /tcp-udp-sockets/ (which also shows the UDP sandbox): one sandbox
 * runs at a time, and a sandbox the browser runtime cannot run says so and keeps its recording.
 */
import { test, expect } from './fixtures.ts';
import { SANDBOX_PAGE, expectOnScreen, program, run, sandbox } from './sandbox-helpers.ts';

const OTHER = 'udp-hello';

test('starting a program in another sandbox stops this one, with a visible note', async ({ page }) => {
  await page.goto(SANDBOX_PAGE);
  await run(page, 'server');
  await expectOnScreen(page, 'server', 'listening on');

  await run(page, 'server', OTHER);
  await expect(program(page, 'server')).toHaveAttribute('data-status', 'exited');
  await expect(sandbox(page).locator('[data-note]')).toContainText(/只运行一个|only one runs at a time/);
  await expect(sandbox(page, OTHER).locator('[data-note]')).toContainText(/只运行一个|only one runs at a time/);
});

test('in the browser runtime a local-only sandbox explains itself and shows its recording', async ({ page }) => {
  await page.route('**/*', (route) => {
    const host = new URL(route.request().url()).hostname;
    return host === '127.0.0.1' ? route.continue() : route.abort();
  });
  await page.goto(`${SANDBOX_PAGE}?runtime=webcontainer&bootTimeout=3000`);
  await program(page, 'server', OTHER).locator('[data-action="run"]').click();
  const note = sandbox(page, OTHER).locator('[data-browser-only]');
  await expect(note).toBeVisible();
  await expect(note).toContainText(/录制的输出|recorded output/i);
  await expect(program(page, 'server', OTHER)).toHaveAttribute('data-status', 'idle');
  await expect(program(page, 'server', OTHER).locator('[data-recording]')).toHaveAttribute('open', '');

  // The local runtime answers here, so the note offers it, and then the program runs.
  await note.locator('[data-action="switch-runtime"]').click();
  await expect(note).toBeHidden();
  await run(page, 'server', OTHER);
});
