/**
 * Browser tests against the built sites, each served by the project's own server on a free port:
 * - project `site`: dist/ as `npm start` serves it (loopback, COOP/COEP, local runtime);
 * - project `pages`: dist-pages/ under /live-sockets/ with no isolation headers and no local
 *   runtime, exactly like GitHub Pages (`npm run preview:pages`).
 * `npm run test:e2e` builds both first when missing or stale (scripts/e2e.ts).
 */
import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions, freePort } from './tests/e2e/browser.ts';

// Chosen once in the runner; workers inherit the environment, so they agree on the ports.
process.env['E2E_PORT'] ??= String(await freePort());
process.env['E2E_PAGES_PORT'] ??= String(await freePort());
const port = Number(process.env['E2E_PORT']);
const pagesPort = Number(process.env['E2E_PAGES_PORT']);
const node = `"${process.execPath}" --experimental-strip-types --disable-warning=ExperimentalWarning`;

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: false,
  workers: 2,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e-results.json' }]],
  use: {
    launchOptions: chromiumLaunchOptions(),
    trace: 'retain-on-failure',
  },
  projects: [
    { name: 'site', testIgnore: /pages.*\.spec\.ts/, use: { baseURL: `http://127.0.0.1:${port}` } },
    { name: 'pages', testMatch: /pages.*\.spec\.ts/, use: { baseURL: `http://127.0.0.1:${pagesPort}/live-sockets/` } },
  ],
  webServer: [
    {
      command: `${node} src/server/cli.ts --dir dist --port ${port}`,
      url: `http://127.0.0.1:${port}/`,
      reuseExistingServer: false,
      stdout: 'ignore',
      stderr: 'pipe',
      timeout: 30_000,
    },
    {
      command: `${node} scripts/preview-pages.ts --no-build --port ${pagesPort}`,
      url: `http://127.0.0.1:${pagesPort}/live-sockets/`,
      reuseExistingServer: false,
      stdout: 'ignore',
      stderr: 'pipe',
      timeout: 30_000,
    },
  ],
});
