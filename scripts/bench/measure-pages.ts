/**
 * Per-page figures in Chromium: bytes transferred before any interaction (by type, raw and gzip),
 * heavy chunks requested before interaction, and, on pages with sandboxes, the latency of the first
 * interactions measured inside the page with performance.now() and a MutationObserver.
 */
import { gzipSync } from 'node:zlib';
import type { Browser, Page, Response } from '@playwright/test';

export type AssetType = 'html' | 'css' | 'js' | 'font' | 'image' | 'other';
export interface Transfer { raw: number; gzip: number }
export type Weights = Record<AssetType, Transfer>;

/** Chunks that must never load before the reader interacts. */
export const HEAVY = /monaco|editor\.main|editor\.worker|ts\.worker|xterm|webcontainer/i;

export function assetType(url: string, contentType: string): AssetType {
  if (contentType.includes('html')) return 'html';
  if (contentType.includes('css')) return 'css';
  if (contentType.includes('javascript') || /\.m?js(\?|$)/.test(url)) return 'js';
  if (contentType.startsWith('font/') || /\.woff2?(\?|$)/.test(url)) return 'font';
  if (contentType.startsWith('image/')) return 'image';
  return 'other';
}

function emptyWeights(): Weights {
  const w = {} as Weights;
  for (const t of ['html', 'css', 'js', 'font', 'image', 'other'] as const) w[t] = { raw: 0, gzip: 0 };
  return w;
}

/** Record every response body of `page` into `weights` until `stop()`; returns heavy URLs seen. */
export function recordTransfers(page: Page): { weights: Weights; heavy: string[]; settle(): Promise<void>; stop(): void } {
  const weights = emptyWeights();
  const heavy: string[] = [];
  const pending = new Set<Promise<void>>();
  let on = true;
  const onResponse = (res: Response): void => {
    if (!on) return;
    const url = res.url();
    if (HEAVY.test(url)) heavy.push(url.split('/').pop() ?? url);
    const p = res.body().then((body) => {
      const t = assetType(url, res.headers()['content-type'] ?? '');
      weights[t].raw += body.length;
      weights[t].gzip += gzipSync(body).length;
    }, () => undefined);
    pending.add(p);
    void p.finally(() => pending.delete(p));
  };
  page.on('response', onResponse);
  return {
    weights,
    heavy,
    settle: async () => { while (pending.size) await Promise.all([...pending]); },
    stop: () => { on = false; page.off('response', onResponse); },
  };
}

/**
 * Run `fn` on a fresh page of a new context, and close the context whatever happens. A run that
 * takes longer than `ms` is abandoned (a wait inside the page that never ends, a lost renderer):
 * the bench reports it as a failed run and goes on instead of hanging.
 */
export async function inFreshPage<T>(browser: Browser, fn: (page: Page) => Promise<T>, ms = 60_000): Promise<T> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`run abandoned after ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([context.newPage().then(fn), timeout]);
  } finally {
    clearTimeout(timer);
    await context.close().catch(() => undefined);
  }
}

export interface PageWeight { weights: Weights; heavy: string[]; hasSandbox: boolean }

export function measurePageWeight(browser: Browser, url: string): Promise<PageWeight> {
  return inFreshPage(browser, async (page) => {
    const rec = recordTransfers(page);
    await page.goto(url, { waitUntil: 'networkidle' });
    await rec.settle();
    rec.stop();
    const hasSandbox = (await page.locator('live-sandbox').count()) > 0;
    return { weights: rec.weights, heavy: rec.heavy, hasSandbox };
  });
}

export interface InteractionRun { editorMs: number; firstOutputMs: number; interactionBytes: number }

/**
 * One fresh page load, then (1) click the first code panel → Monaco visible, (2) click the first
 * program's Run → its terminal shows output. Times come from performance.now() inside the page.
 */
export function measureInteraction(browser: Browser, url: string): Promise<InteractionRun> {
  return inFreshPage(browser, (page) => interactionRun(page, url));
}

async function interactionRun(page: Page, url: string): Promise<InteractionRun> {
  await page.goto(url, { waitUntil: 'networkidle' });
  const sandbox = page.locator('live-sandbox').first();
  await sandbox.scrollIntoViewIfNeeded();
  const rec = recordTransfers(page);
  const editorMs = await page.evaluate(() => new Promise<number>((resolve) => {
    const root = document.querySelector('live-sandbox')!;
    const target = root.querySelector<HTMLElement>('.sb-panel:not([data-original])')!;
    const t0 = performance.now();
    const done = (): boolean => {
      const ed = root.querySelector('[data-editor]:not([hidden]) .monaco-editor .view-lines');
      if (ed && (ed as HTMLElement).offsetHeight > 0) { resolve(performance.now() - t0); return true; }
      return false;
    };
    new MutationObserver((_, obs) => { if (done()) obs.disconnect(); }).observe(root, { subtree: true, childList: true, attributes: true });
    target.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true }));
    target.click();
  }));
  await page.waitForLoadState('networkidle');
  await rec.settle();
  rec.stop();
  const interactionBytes = Object.values(rec.weights).reduce((s, t) => s + t.raw, 0);
  // xterm's DOM renderer paints only a terminal on screen: bring the program into view first, or
  // its rows stay empty and the wait below never ends.
  await page.locator('live-sandbox [data-program]').first().scrollIntoViewIfNeeded();
  const firstOutputMs = await page.evaluate(() => new Promise<number>((resolve) => {
    const program = document.querySelector('live-sandbox [data-program]')!;
    const run = program.querySelector<HTMLButtonElement>('[data-action="run"]')!;
    const term = (): string => program.querySelector('.xterm-rows')?.textContent?.trim() ?? '';
    const t0 = performance.now();
    new MutationObserver((_, obs) => { if (term()) { obs.disconnect(); resolve(performance.now() - t0); } })
      .observe(program, { subtree: true, childList: true, characterData: true });
    run.click();
  }));
  await page.locator('live-sandbox [data-program] [data-action="stop"]').first().click({ timeout: 5_000 }).catch(() => undefined);
  return { editorMs, firstOutputMs, interactionBytes };
}

export interface TypingRun { typedMs: number; monacoReadyMs: number }

/**
 * Typing at the click, as a reader does it: a fresh load, a real mouse click just past the end of
 * a code line of the first sandbox, then one key at once. Inside the page, from the pointerdown:
 * (1) until the first `input` event has been painted (the next frame, then a task after it);
 * (2) until Monaco is on screen with the focus (`.monaco-editor.focused`) — the reader's caret is in it.
 */
export function measureTyping(browser: Browser, url: string): Promise<TypingRun> {
  return inFreshPage(browser, (page) => typingRun(page, url));
}

async function typingRun(page: Page, url: string): Promise<TypingRun> {
  await page.goto(url, { waitUntil: 'networkidle' });
  const panel = page.locator('live-sandbox .sb-panel:not([data-original])').first();
  await panel.scrollIntoViewIfNeeded();
  const spot = await panel.evaluate((el) => {
    const t: Record<string, number> = {};
    (window as unknown as { __typing: Record<string, number> }).__typing = t;
    const root = el.closest('live-sandbox')!;
    addEventListener('pointerdown', () => { t['down'] ??= performance.now(); }, { capture: true });
    document.addEventListener('input', () => {
      if (t['input'] !== undefined) return;
      t['input'] = performance.now();
      requestAnimationFrame(() => setTimeout(() => { t['painted'] = performance.now(); }));
    }, { capture: true });
    const ready = (): boolean => {
      if (!root.querySelector('[data-editor]:not([hidden]) .monaco-editor.focused .view-lines')) return false;
      t['ready'] = performance.now();
      return true;
    };
    new MutationObserver((_, obs) => { if (ready()) obs.disconnect(); }).observe(root, { subtree: true, childList: true, attributes: true });
    const spotNow = (): { x: number; y: number } => {
      const right = el.getBoundingClientRect().right - 20;
      for (const line of el.querySelectorAll('.ec-line')) {
        const box = line.querySelector('.code')?.lastElementChild?.getBoundingClientRect();
        if (box && box.width > 0 && box.right < right && box.top > 0) return { x: box.right + 6, y: box.top + box.height / 2 };
      }
      const box = el.getBoundingClientRect();
      return { x: box.left + 40, y: box.top + 40 };
    };
    // Sandboxes above may still be laying out (fonts, enhancement) and move the page: wait until
    // the spot stays put for two frames, so the click lands in the code.
    return new Promise<{ x: number; y: number }>((resolve) => {
      let last = spotNow();
      let tries = 0;
      const check = (): void => {
        const now = spotNow();
        if ((now.x === last.x && now.y === last.y) || ++tries > 30) return resolve(now);
        last = now;
        requestAnimationFrame(() => requestAnimationFrame(check));
      };
      requestAnimationFrame(() => requestAnimationFrame(check));
    });
  });
  await page.mouse.click(spot.x, spot.y);
  await page.keyboard.type('q');
  const t = await page.waitForFunction(() => {
    const r = (window as unknown as { __typing: Record<string, number> }).__typing;
    return r['painted'] !== undefined && r['ready'] !== undefined ? r : null;
  }, undefined, { timeout: 30_000 }).then((h) => h.jsonValue() as Promise<Record<string, number>>).catch(async (err: Error) => {
    const state = await page.evaluate(() => JSON.stringify({ t: (window as unknown as { __typing: unknown }).__typing, active: document.activeElement?.className, editors: [...document.querySelectorAll('.monaco-editor')].map((e) => e.className) }));
    throw new Error(`${err.message.split('\n')[0]} ${state}`);
  });
  return { typedMs: t['painted']! - t['down']!, monacoReadyMs: t['ready']! - t['down']! };
}
