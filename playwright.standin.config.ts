/**
 * Browser tests of the WebContainer path without the internet: dist-standin/ is the site built with
 * `@webcontainer/api` replaced by the stand-in (tests/webcontainer-standin/), served by the
 * project's own server (its local runtime host runs the stand-in's processes), and the pages are
 * opened with `?runtime=webcontainer`. Part of `npm test` (scripts/test-all.ts); alone:
 * `npx playwright test -c playwright.standin.config.ts` (global-setup builds dist-standin/ when stale).
 */
import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions, freePort } from './tests/e2e/browser.ts';

process.env['E2E_STANDIN_PORT'] ??= String(await freePort());
const port = Number(process.env['E2E_STANDIN_PORT']);
const node = `"${process.execPath}" --experimental-strip-types --disable-warning=ExperimentalWarning`;

export default defineConfig({
  testDir: 'tests/e2e-standin',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 90_000,
  expect: { timeout: 20_000 },
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e-standin-results.json' }]],
  outputDir: 'test-results/standin',
  globalSetup: './tests/e2e-standin/global-setup.ts',
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    launchOptions: chromiumLaunchOptions(),
    trace: 'retain-on-failure',
  },
  projects: [{ name: 'webcontainer-standin' }],
  webServer: {
    // The health route answers before dist-standin/ is built; global-setup builds it when stale.
    command: `${node} src/server/cli.ts --dir dist-standin --port ${port}`,
    url: `http://127.0.0.1:${port}/__runtime/health`,
    reuseExistingServer: false,
    stdout: 'ignore',
    stderr: 'pipe',
    timeout: 30_000,
  },
});
