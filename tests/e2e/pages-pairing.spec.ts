/**
 * The published site paired with the reader's own machine: `npm run preview:pages` (sub-path, no
 * isolation headers, no runtime) on one free port and `npm run runtime -- --allow-origin <origin>
 * --site <url>` on another, both started and stopped here. The printed link pairs the tab; then
 * tcp-echo and udp-hello run as real processes, and closing the page leaves none. Refusals (third
 * origin, wrong or missing token, non-loopback Host, stopped host) each explain themselves and start nothing.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect } from './fixtures.ts';
import type { Page } from '@playwright/test';
import { chromiumLaunchOptions, freePort } from './browser.ts';
import { expectOnScreen, program, run, sandbox, typeLine } from './sandbox-helpers.ts';
import { childPids, isAlive, NODE_TS, ROOT, startRuntime, type RuntimeProcess } from '../helpers/runtime-process.ts';

// `rebind.test` resolves to 127.0.0.1 in this browser only: a DNS-rebinding name, for the Host guard.
const launch = chromiumLaunchOptions();
test.use({ launchOptions: { ...launch, args: [...(launch.args ?? []), '--host-resolver-rules=MAP rebind.test 127.0.0.1'] } });

let preview: ChildProcess;
let previewExit: Promise<void>;
let pagesPort: number;
let site: string;
let rt: RuntimeProcess;
let tmp: string;

const folders = (): string[] => readdirSync(tmp).filter((f) => f.startsWith('live-sockets-runtime-'));
const hostChildren = (): number[] => childPids(rt.child.pid ?? 0);

test.beforeAll(async () => {
  pagesPort = await freePort();
  site = `http://127.0.0.1:${pagesPort}/live-sockets/`;
  preview = spawn(process.execPath, [...NODE_TS, 'scripts/preview-pages.ts', '--no-build', '--port', String(pagesPort)], { cwd: ROOT, stdio: 'ignore' });
  previewExit = new Promise((resolve) => preview.once('exit', () => resolve()));
  await expect.poll(async () => (await fetch(site).catch(() => null))?.status ?? 0, { timeout: 30_000 }).toBe(200);
  tmp = mkdtempSync(join(tmpdir(), 'e2e-pairing-'));
  const port = await freePort();
  rt = await startRuntime([...NODE_TS, 'scripts/runtime.ts', '--port', String(port), '--allow-origin', `http://127.0.0.1:${pagesPort}`, '--site', site], { TMPDIR: tmp });
});

test.afterAll(async () => {
  await rt?.stop();
  preview?.kill('SIGTERM');
  await previewExit;
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

/** Wait for coi-serviceworker's one reload (the page is isolated after it); true once isolated. */
async function settled(page: Page): Promise<void> {
  const isolated = (): Promise<boolean> => page.evaluate(() => window.crossOriginIsolated).catch(() => false);
  await expect.poll(isolated, { timeout: 15_000 }).toBe(true);
}

/** Open a pairing link, then the sockets chapter of the same origin (the tab keeps the pairing). */
async function openPaired(page: Page, link: string): Promise<void> {
  await page.goto(link);
  await settled(page);
  expect(await page.evaluate(() => location.href)).not.toContain('#runtime');
  await page.goto(new URL('tcp-udp-sockets/', link.split('?')[0]).href);
}

test('the printed link pairs the tab: tcp-echo and udp-hello run here; the token leaves the address; closing leaves nothing', async ({ page }) => {
  await page.goto(rt.link);
  await settled(page);
  const href = await page.evaluate(() => location.href);
  expect(href).not.toContain(rt.token);
  expect(href).not.toContain('#');
  expect(await page.evaluate(() => sessionStorage.getItem('live-sockets:pairing'))).toContain(rt.token);
  await page.goto(`${site}tcp-udp-sockets/`);
  expect(page.url()).not.toContain(rt.token);

  await run(page, 'server');
  await expectOnScreen(page, 'server', 'listening on 127.0.0.1:');
  await expect(sandbox(page).locator('[data-paired-with]')).toContainText(`paired with 127.0.0.1:${rt.port}`);
  await expect(sandbox(page).locator('[data-action="unpair"]')).toBeVisible();
  await run(page, 'client');
  await typeLine(page, 'client', 'hello');
  await expectOnScreen(page, 'client', 'HELLO');
  expect(hostChildren().length).toBe(2);

  // UDP cannot run in a browser; on the paired machine it does, and the "recording only" note is gone.
  const udp = sandbox(page, 'udp-hello');
  await udp.scrollIntoViewIfNeeded();
  await run(page, 'server', 'udp-hello');
  await expect(udp.locator('[data-browser-only]')).toBeHidden();
  await expectOnScreen(page, 'server', 'listening on 127.0.0.1:', 'udp-hello');
  await program(page, 'client', 'udp-hello').locator('[data-action="run"]').click();
  await expectOnScreen(page, 'server', "(b'hello', ('127.0.0.1',", 'udp-hello');

  await run(page, 'server');
  const pids = hostChildren();
  expect(pids.length).toBeGreaterThan(0);
  expect(folders().length).toBeGreaterThan(0);
  await page.close();
  await expect.poll(() => ({ folders: folders(), alive: pids.filter(isAlive), children: hostChildren() }), { timeout: 15_000 })
    .toEqual({ folders: [], alive: [], children: [] });
});

/** Click Run on tcp-echo's server and expect the pairing explanation `problem`, with nothing started. */
async function expectRefused(page: Page, problem: string, text: RegExp): Promise<void> {
  await program(page, 'server').locator('[data-action="run"]').click();
  const status = sandbox(page).locator('[data-pairing-status]');
  await expect(status).toHaveAttribute('data-problem', problem);
  await expect(status).toBeVisible();
  await expect(status).toContainText(text);
  await expect(status).toContainText('no program was started');
  await expect(program(page, 'server')).toHaveAttribute('data-status', 'idle');
  // The recording stays where it was.
  await expect(program(page, 'server').locator('[data-recording]')).toBeVisible();
  expect(folders()).toEqual([]);
  expect(hostChildren()).toEqual([]);
}

test('a page of a third origin with the same token is refused, and says so', async ({ page }) => {
  await openPaired(page, rt.link.replace(`127.0.0.1:${pagesPort}`, `localhost:${pagesPort}`));
  await expectRefused(page, 'origin', /refused this site/);
  await expect(sandbox(page).locator('[data-pairing-status]')).toContainText('拒绝了这个网站');
});

test('the right origin with a wrong token, or none, is refused, and says so', async ({ page }) => {
  // Differs from the real token in its first character, whatever that is.
  const wrong = `${rt.token.startsWith('A') ? 'B' : 'A'}${rt.token.slice(1)}`;
  await openPaired(page, rt.link.replace(rt.token, wrong));
  await expectRefused(page, 'token', /refused the token \(missing or wrong\)/);
  const missing = await page.context().newPage();
  await openPaired(missing, rt.link.replace(`&token=${rt.token}`, ''));
  await expectRefused(missing, 'token', /refused the token/);
});

test('a link naming the runtime by a non-loopback Host is refused, and says so', async ({ page }) => {
  await openPaired(page, rt.link.replace(`ws://127.0.0.1:${rt.port}`, `ws://rebind.test:${rt.port}`));
  await expectRefused(page, 'host', /only accepts 127\.0\.0\.1, localhost or \[::1\]/);
});

test('a stopped runtime is explained; a wrong paste too; pasting the printed link into "Run on my computer" pairs the tab, Disconnect ends it', async ({ page }) => {
  const nobody = await freePort();
  await openPaired(page, rt.link.replace(`127.0.0.1:${rt.port}`, `127.0.0.1:${nobody}`));
  await expectRefused(page, 'stopped', new RegExp(`No local runtime is running at 127\\.0\\.0\\.1:${nobody}`));
  const box = sandbox(page);
  await expect(box.locator('[data-pairing-command]')).toHaveText(`npx live-sockets runtime --site ${site}`);
  await expect(box.locator('[data-pairing]')).toContainText('run on your computer as real processes');
  await box.locator('[data-pairing-input]').fill('https://example.com/#section');
  await box.locator('[data-action="pair"]').click();
  await expect(box.locator('[data-pairing-status]')).toHaveAttribute('data-problem', 'bad-link');
  await expect(box.locator('[data-pairing-status]')).toContainText('This is not a pairing link');
  await box.locator('[data-pairing-input]').fill(rt.link);
  await box.locator('[data-action="pair"]').click();
  await expect(box.locator('[data-paired-with]')).toContainText(`paired with 127.0.0.1:${rt.port}`);
  await expect(box.locator('[data-pairing-input]')).toHaveValue('');
  await run(page, 'server');
  await expectOnScreen(page, 'server', 'listening on 127.0.0.1:');
  await box.locator('[data-action="unpair"]').click();
  await expect(program(page, 'server')).not.toHaveAttribute('data-status', 'running');
  await expect(box.locator('[data-action="show-pairing"]')).toBeVisible();
  await expect.poll(() => ({ folders: folders(), children: hostChildren() }), { timeout: 15_000 }).toEqual({ folders: [], children: [] });
});
