/**
 * Download .zip (issue 17): the archive holds the sandbox as it is now (an edit and the shared
 * client included); unpacked with `unzip`, `node tcp-server.js` runs and listens.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { execFileSync, spawn } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect } from './fixtures.ts';
import { SANDBOX_PAGE, SERVER_FILE, originalText, sandbox } from './sandbox-helpers.ts';
import { freePort } from '../../src/sandbox/free-port.ts';

const unzip = ['/usr/bin/unzip', '/bin/unzip'].find((p) => existsSync(p));

test('the zip holds the files as edited; unpacked, node <entry> runs', async ({ page }) => {
  test.skip(!unzip, 'no unzip on this machine to unpack the archive with');
  await page.goto(SANDBOX_PAGE);
  // An edit made earlier (saved by the page), so the archive must carry the current text.
  const edited = `// ZIP-EDIT 下载前的修改\n${await originalText(page, SERVER_FILE)}`;
  await page.evaluate(([key, text]) => localStorage.setItem(key!, text!), [`live-sockets:edit:tcp-echo:${SERVER_FILE}`, edited]);
  await page.reload();
  await expect(sandbox(page)).toHaveAttribute('data-enhanced', '');
  const [download] = await Promise.all([page.waitForEvent('download'), sandbox(page).locator('[data-action="download"]').click()]);
  expect(download.suggestedFilename()).toBe('tcp-echo.zip');
  const dir = mkdtempSync(join(tmpdir(), 'e2e-zip-'));
  const zip = join(dir, 'tcp-echo.zip');
  await download.saveAs(zip);
  let child: ReturnType<typeof spawn> | null = null;
  try {
    execFileSync(unzip!, ['-q', zip, '-d', dir]);
    const root = join(dir, 'tcp-echo');
    for (const f of ['tcp-server.js', 'tcp-client.js', 'package.json', 'README.md', 'original.py']) expect(existsSync(join(root, f)), f).toBe(true);
    expect(readFileSync(join(root, SERVER_FILE), 'utf8')).toBe(edited);
    expect(JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).type).toBe('module');
    expect(readFileSync(join(root, 'README.md'), 'utf8')).toContain('node tcp-server.js');

    const port = await freePort();
    child = spawn(process.execPath, ['tcp-server.js'], { cwd: root, env: { PATH: process.env['PATH'] ?? '', PORT: String(port) } });
    let out = '';
    child.stdout?.on('data', (d: Buffer) => (out += d.toString()));
    await expect.poll(() => out, { timeout: 10_000 }).toContain(`listening on 127.0.0.1:${port}`);
  } finally {
    child?.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  }
});

test('Open in StackBlitz posts the current files to stackblitz.com/run (intercepted: offline here)', async ({ page, context }) => {
  const posted: string[] = [];
  await context.route('https://stackblitz.com/**', async (route) => {
    posted.push(route.request().postData() ?? '');
    await route.fulfill({ status: 200, contentType: 'text/html', body: '<p>intercepted</p>' });
  });
  await page.goto(SANDBOX_PAGE);
  const edited = `// SB-EDIT 修改\n${await originalText(page, SERVER_FILE)}`;
  await page.evaluate(([key, text]) => localStorage.setItem(key!, text!), [`live-sockets:edit:tcp-echo:${SERVER_FILE}`, edited]);
  await page.reload();
  // Nothing of StackBlitz is loaded before the click.
  expect(posted).toEqual([]);
  const [popup] = await Promise.all([context.waitForEvent('page'), sandbox(page).locator('[data-action="stackblitz"]').click()]);
  await popup.waitForLoadState();
  await expect.poll(() => posted.length).toBe(1);
  const form = new URLSearchParams(posted[0]);
  expect(form.get('project[template]')).toBe('node');
  // A form post sends line breaks as CRLF (HTML's form encoding); the text is otherwise the edited one.
  expect(form.get(`project[files][${SERVER_FILE}]`)?.replace(/\r\n/g, '\n')).toBe(edited);
  expect(form.get('project[files][tcp-client.js]')).toContain('node:net');
  expect(JSON.parse(form.get('project[files][package.json]') ?? '{}').type).toBe('module');
});

test('a sandbox that cannot run on WebContainer offers no StackBlitz button', async ({ page }) => {
  await page.goto('/tcp-udp-sockets/');
  const udp = page.locator('live-sandbox[data-sandbox="udp-hello"]');
  await expect(udp).toHaveAttribute('data-enhanced', '');
  await expect(udp.locator('[data-action="download"]')).toBeVisible();
  await expect(udp.locator('[data-action="stackblitz"]')).toHaveCount(0);
});
