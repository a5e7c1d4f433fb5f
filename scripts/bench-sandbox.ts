/**
 * Measures the sandbox's two interaction budgets (DESIGN.md §8) on the built site, in Chromium,
 * local runtime, each run in a fresh browser context (nothing cached, as for a first visit):
 *   - click on a file tab → the editor shows the code (budget 800 ms);
 *   - click Run → the program's first output is on screen (budget 500 ms).
 * Times are taken inside the page, from the pointerdown to the first frame that shows the result.
 *
 *   node scripts/bench-sandbox.ts [--runs 10] [--dir dist] [--url http://127.0.0.1:4321] [--page /tcp-udp-sockets/] [--sandbox tcp-echo]
 *
 * Without --url it serves --dir with the project's own server on a free port and stops it afterwards.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type Browser, type Page } from '@playwright/test';
import { chromiumLaunchOptions, freePort } from '../tests/e2e/browser.ts';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '10' },
    dir: { type: 'string', default: 'dist' },
    url: { type: 'string' },
    page: { type: 'string', default: '/tcp-udp-sockets/' },
    sandbox: { type: 'string', default: 'tcp-echo' },
  },
});
const runs = Number(values.runs);
const root = join(import.meta.dirname, '..');

async function startServer(): Promise<{ url: string; child: ChildProcess }> {
  const port = await freePort();
  const child = spawn(process.execPath, [join(root, 'src/server/cli.ts'), '--dir', values.dir, '--port', String(port)], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let seen = '';
  child.stdout?.setEncoding('utf8');
  while (!seen.includes('live-sockets: ')) {
    const [chunk] = (await once(child.stdout!, 'data')) as [string];
    seen += chunk;
  }
  return { url: `http://127.0.0.1:${port}`, child };
}

/** Resolve with ms from the next pointerdown to the first frame where `selector` has text. */
function armTimer(page: Page, selector: string): Promise<number> {
  return page.evaluate((sel) => new Promise<number>((resolve) => {
    document.addEventListener('pointerdown', () => {
      const t0 = performance.now();
      const check = (): void => {
        const el = document.querySelector(sel);
        if (el && (el.textContent ?? '').trim() !== '') resolve(performance.now() - t0);
        else requestAnimationFrame(check);
      };
      requestAnimationFrame(check);
    }, { capture: true, once: true });
  }), selector);
}

async function measure(browser: Browser, base: string, kind: 'editor' | 'run'): Promise<number> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    const page = await context.newPage();
    await page.goto(new URL(values.page, base).href);
    await page.waitForLoadState('networkidle');
    const sb = `live-sandbox[data-sandbox="${values.sandbox}"]`;
    if (kind === 'editor') {
      const tab = page.locator(`${sb} [role="tab"]`).first();
      await tab.scrollIntoViewIfNeeded();
      // The listener is installed before the click: Playwright sends the two in order.
      const timer = armTimer(page, `${sb} [data-editor] .view-lines`);
      await tab.click();
      return await timer;
    }
    const panel = page.locator(`${sb} [data-program]`).first();
    // The terminal must be on screen: xterm draws nothing while it is scrolled away.
    await panel.evaluate((el) => el.scrollIntoView({ block: 'start' }));
    const timer = armTimer(page, `${sb} [data-program] .xterm-rows`);
    await panel.locator('[data-action="run"]').click();
    return await timer;
  } finally {
    await context.close();
  }
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] ?? 0) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
};

const server = values.url ? null : await startServer();
const base = values.url ?? server?.url ?? '';
const browser = await chromium.launch(chromiumLaunchOptions());
try {
  const results: Record<'editor' | 'run', number[]> = { editor: [], run: [] };
  for (let i = 0; i < runs; i++) {
    results.editor.push(await measure(browser, base, 'editor'));
    results.run.push(await measure(browser, base, 'run'));
  }
  const fmt = (xs: number[]) => xs.map((x) => Math.round(x)).join(', ');
  console.log(`sandbox bench: ${values.sandbox} on ${values.page}, ${runs} runs, fresh context each`);
  console.log(`  click → editor visible:   median ${Math.round(median(results.editor))} ms (budget 800)  [${fmt(results.editor)}]`);
  console.log(`  click Run → first output: median ${Math.round(median(results.run))} ms (budget 500)  [${fmt(results.run)}]`);
  console.log(JSON.stringify({ editorVisibleMs: median(results.editor), runFirstOutputMs: median(results.run) }));
} finally {
  await browser.close();
  server?.child.kill('SIGTERM');
}
