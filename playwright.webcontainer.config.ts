/**
 * `npm run test:webcontainer` (opt-in, not part of `npm test`): drives the real WebContainer runtime
 * through the built site's `/self-test/` page (`?runtime=webcontainer`). WebContainers boot from stackblitz.com, so the
 * config first asks whether it answers; when it does not, no server is started or site built, and
 * the specs skip with the reason printed.
 */
import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions, freePort } from './tests/e2e/browser.ts';
import { probeStackblitz } from './tests/webcontainer/probe.ts';

// Decided once in the runner; workers inherit the environment.
if (process.env['WEBCONTAINER_PROBE'] === undefined) {
  const probe = await probeStackblitz();
  process.env['WEBCONTAINER_PROBE'] = probe.ok ? 'ok' : probe.reason;
  if (!probe.ok) console.log(`test:webcontainer: skipping — ${probe.reason}`);
}
const reachable = process.env['WEBCONTAINER_PROBE'] === 'ok';
// WC_RUNTIME=local drives the same self-test page on the local runtime: a check that works offline.
const serve = reachable || process.env['WC_RUNTIME'] === 'local';
process.env['WC_E2E_PORT'] ??= String(await freePort());
const port = Number(process.env['WC_E2E_PORT']);
const node = `"${process.execPath}" --experimental-strip-types --disable-warning=ExperimentalWarning`;

export default defineConfig({
  testDir: 'tests/webcontainer',
  workers: 1,
  retries: 0,
  // Booting a WebContainer and installing nothing still takes a while on a slow line.
  timeout: 180_000,
  expect: { timeout: 60_000 },
  reporter: [['list']],
  outputDir: 'test-results/webcontainer',
  ...(serve ? { globalSetup: './tests/webcontainer/global-setup.ts' } : {}),
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    launchOptions: chromiumLaunchOptions(),
    trace: 'retain-on-failure',
  },
  ...(serve
    ? {
        webServer: {
          // The health route answers before dist/ exists; global-setup builds it when stale.
          command: `${node} src/server/cli.ts --dir dist --port ${port}`,
          url: `http://127.0.0.1:${port}/__runtime/health`,
          reuseExistingServer: false,
          stdout: 'ignore' as const,
          stderr: 'pipe' as const,
          timeout: 30_000,
        },
      }
    : {}),
});
