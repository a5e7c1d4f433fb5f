/**
 * `npm run bench` (not part of `npm test`): build the site, serve it on 127.0.0.1 with the project's
 * own server, and measure every page against the budgets of DESIGN.md §8 (method: bench/README.md).
 * Prints one table, writes bench/results.json, exits 1 when a budget is missed unless --no-fail.
 *   --runs N (default 10)  --no-fail  --no-lighthouse  --pages /a/,/b/
 */
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium, type Browser } from '@playwright/test';
import { createStaticServer, listenOnLoopback } from '../src/server/static-server.ts';
import { chromiumExecutable, chromiumLaunchOptions } from '../tests/e2e/browser.ts';
import { anyMissed, evaluate, median, type Figure } from './bench/budgets.ts';
import { formatTable } from './bench/table.ts';
import { measureBuild } from './bench/measure-build.ts';
import { measureInteraction, measurePageWeight, measureTyping } from './bench/measure-pages.ts';
import { runLighthouse } from './bench/measure-lighthouse.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '10' },
    'no-fail': { type: 'boolean', default: false },
    'no-lighthouse': { type: 'boolean', default: false },
    pages: { type: 'string' },
  },
});
const runs = Math.max(1, Number(values.runs));
const outDir = 'bench/tmp/dist';
const figures: Figure[] = [];
const units: Record<string, string> = {
  'build-time': 's', 'build-peak-memory': 'MB', 'interaction-bytes': 'B', 'html-gzip': 'B', 'font-gzip': 'B',
  'image-gzip': 'B', 'js-raw': 'B', 'css-raw': 'B', 'html-raw': 'B', 'lh-best-practices': 'score', 'lh-seo': 'score',
  'lh-lcp': 'ms', 'lh-tbt': 'ms', 'lh-cls': 'score', 'editor-css-gzip': 'B',
};

console.log(`bench: building into ${outDir}…`);
const build = await measureBuild(root, outDir);
if (build.code !== 0) {
  console.error('bench: the build failed');
  process.exit(1);
}
figures.push({ page: 'site', key: 'build-time', value: build.seconds });
figures.push({ page: 'site', key: 'build-peak-memory', value: build.peakBytes === null ? null : build.peakBytes / 2 ** 20 });

// The editor's chunk as built (gzip like a static host), and its stylesheet beside it.
const assets = join(root, outDir, '_astro');
const gz = (pattern: RegExp): number | null => {
  const name = readdirSync(assets).find((n) => pattern.test(n));
  return name ? gzipSync(readFileSync(join(assets, name))).length : null;
};
figures.push({ page: 'site', key: 'editor-chunk-gzip', value: gz(/^editor-loader\.[^.]+\.js$/) });
figures.push({ page: 'site', key: 'editor-css-gzip', value: gz(/^monaco-editor\.[^.]+\.css$/) });

/** Every built page as a URL path, home first. */
function pagePaths(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string): void => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) { if (!['_astro', 'pagefind'].includes(name)) walk(p); }
      else if (name === 'index.html') out.push(`/${relative(dir, d).split('\\').join('/')}${d === dir ? '' : '/'}`);
    }
  };
  walk(dir);
  return out.sort((a, b) => a.length - b.length || a.localeCompare(b));
}

const server = createStaticServer({ root: join(root, outDir) });
const port = await listenOnLoopback(server, 0);
const origin = `http://127.0.0.1:${port}`;
const paths = values.pages ? values.pages.split(',') : pagePaths(join(root, outDir));
let browser = await chromium.launch(chromiumLaunchOptions());
/** A renderer or browser lost mid-bench (it happens on a loaded machine) must not fail every later run. */
async function liveBrowser(): Promise<Browser> {
  if (!browser.isConnected()) {
    console.error('bench: Chromium was lost; starting it again');
    browser = await chromium.launch(chromiumLaunchOptions());
  }
  return browser;
}

try {
  for (const path of paths) {
    const url = origin + path;
    const w = await measurePageWeight(await liveBrowser(), url);
    figures.push({ page: path, key: 'js-gzip', value: w.weights.js.gzip });
    figures.push({ page: path, key: 'css-gzip', value: w.weights.css.gzip });
    figures.push({ page: path, key: 'html-gzip', value: w.weights.html.gzip });
    figures.push({ page: path, key: 'font-gzip', value: w.weights.font.gzip });
    figures.push({ page: path, key: 'image-gzip', value: w.weights.image.gzip });
    figures.push({ page: path, key: 'js-raw', value: w.weights.js.raw });
    figures.push({ page: path, key: 'css-raw', value: w.weights.css.raw });
    figures.push({ page: path, key: 'heavy-requests', value: w.heavy.length, ...(w.heavy.length ? { note: w.heavy.join(', ') } : {}) });
    if (w.hasSandbox) {
      const editor: number[] = [];
      const output: number[] = [];
      let bytes = 0;
      for (let i = 0; i < runs; i++) {
        try {
          const r = await measureInteraction(await liveBrowser(), url);
          editor.push(r.editorMs);
          output.push(r.firstOutputMs);
          bytes = r.interactionBytes;
        } catch (err) {
          console.error(`bench: interaction run ${i + 1} on ${path} failed: ${(err as Error).message}`);
        }
      }
      const typed: number[] = [];
      const ready: number[] = [];
      for (let i = 0; i < runs; i++) {
        try {
          const r = await measureTyping(await liveBrowser(), url);
          typed.push(r.typedMs);
          ready.push(r.monacoReadyMs);
        } catch (err) {
          console.error(`bench: typing run ${i + 1} on ${path} failed: ${(err as Error).message}`);
        }
      }
      figures.push({ page: path, key: 'typed-visible', value: median(typed), note: `n=${typed.length}, max ${Math.round(Math.max(...typed))} ms` });
      figures.push({ page: path, key: 'monaco-ready', value: median(ready), note: `n=${ready.length}, max ${Math.round(Math.max(...ready))} ms` });
      figures.push({ page: path, key: 'editor-visible', value: median(editor), note: `n=${editor.length}, max ${Math.round(Math.max(...editor))} ms` });
      figures.push({ page: path, key: 'first-output', value: median(output), note: `n=${output.length}, max ${Math.round(Math.max(...output))} ms` });
      figures.push({ page: path, key: 'interaction-bytes', value: bytes });
    }
    if (!values['no-lighthouse']) {
      try {
        const lh = await runLighthouse(url, process.env['CHROME_PATH'] ?? chromiumExecutable());
        figures.push({ page: path, key: 'lh-performance', value: lh.performance });
        figures.push({ page: path, key: 'lh-accessibility', value: lh.accessibility, ...(lh.accessibilityFailures.length ? { note: lh.accessibilityFailures.join(', ') } : {}) });
        figures.push({ page: path, key: 'lh-best-practices', value: lh.bestPractices });
        figures.push({ page: path, key: 'lh-seo', value: lh.seo });
        figures.push({ page: path, key: 'lh-lcp', value: lh.lcpMs });
        figures.push({ page: path, key: 'lh-tbt', value: lh.tbtMs });
        figures.push({ page: path, key: 'lh-cls', value: lh.cls });
      } catch (err) {
        console.error(`bench: lighthouse on ${path} failed: ${(err as Error).message}`);
        figures.push({ page: path, key: 'lh-performance', value: null }, { page: path, key: 'lh-accessibility', value: null });
      }
    }
    console.log(`bench: measured ${path}`);
  }
} finally {
  await browser.close();
  await server.closeRuntime?.();
  server.closeAllConnections();
  server.close();
}

const rows = evaluate(figures);
console.log('');
console.log(formatTable(rows, units));
mkdirSync(join(root, 'bench'), { recursive: true });
writeFileSync(join(root, 'bench/results.json'), `${JSON.stringify({
  generated: 'by `npm run bench` (scripts/bench.ts); method in bench/README.md',
  date: new Date().toISOString(),
  node: process.version,
  runs,
  rows: rows.map(({ budget, ...r }) => ({ ...r, budget: budget ? { limit: budget.limit, direction: budget.direction, unit: budget.unit } : null })),
}, null, 2)}\n`);
const missed = anyMissed(rows);
console.log(missed ? '\nbench: some budgets were missed (✗).' : '\nbench: every budget met.');
process.exit(missed && !values['no-fail'] ? 1 : 0);
