/**
 * Browser tests against the built site (dist/), served by the project's own server (the same one
 * `npm start` uses: loopback, COOP/COEP, local runtime) on a free port. `npm run test:e2e` builds
 * first when dist/ is missing or stale (scripts/e2e.ts).
 */
import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions, freePort } from './tests/e2e/browser.ts';

// Chosen once in the runner; workers inherit the environment, so they agree on the port.
process.env['E2E_PORT'] ??= String(await freePort());
const port = Number(process.env['E2E_PORT']);
const node = `"${process.execPath}" --experimental-strip-types --disable-warning=ExperimentalWarning`;

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: false,
  workers: process.env['CI'] ? 2 : 2,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e-results.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    launchOptions: chromiumLaunchOptions(),
    trace: 'retain-on-failure',
  },
  webServer: {
    command: `${node} src/server/cli.ts --dir dist --port ${port}`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    stdout: 'ignore',
    stderr: 'pipe',
    timeout: 30_000,
  },
});
