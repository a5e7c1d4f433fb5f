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

export interface PageWeight { weights: Weights; heavy: string[]; hasSandbox: boolean }

export async function measurePageWeight(browser: Browser, url: string): Promise<PageWeight> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const rec = recordTransfers(page);
  await page.goto(url, { waitUntil: 'networkidle' });
  await rec.settle();
  rec.stop();
  const hasSandbox = (await page.locator('live-sandbox').count()) > 0;
  await context.close();
  return { weights: rec.weights, heavy: rec.heavy, hasSandbox };
}

export interface InteractionRun { editorMs: number; firstOutputMs: number; interactionBytes: number }

/**
 * One fresh page load, then (1) click the first code panel → Monaco visible, (2) click the first
 * program's Run → its terminal shows output. Times come from performance.now() inside the page.
 */
export async function measureInteraction(browser: Browser, url: string): Promise<InteractionRun> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
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
  const firstOutputMs = await page.evaluate(() => new Promise<number>((resolve) => {
    const program = document.querySelector('live-sandbox [data-program]')!;
    const run = program.querySelector<HTMLButtonElement>('[data-action="run"]')!;
    const term = (): string => program.querySelector('.xterm-rows')?.textContent?.trim() ?? '';
    const t0 = performance.now();
    new MutationObserver((_, obs) => { if (term()) { obs.disconnect(); resolve(performance.now() - t0); } })
      .observe(program, { subtree: true, childList: true, characterData: true });
    run.click();
  }));
  await page.locator('live-sandbox [data-program] [data-action="stop"]').first().click().catch(() => undefined);
  await context.close();
  return { editorMs, firstOutputMs, interactionBytes };
}
