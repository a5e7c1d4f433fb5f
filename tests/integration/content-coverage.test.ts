/**
 * Issue 4, coverage: the built site shows the author's notes (content/seed/notes.zh.md) in full.
 * Reads the BUILT pages (dist/, or SITE_DIST): `npm test` builds them first; without a build the
 * tests fail and say to run `npm run build`.
 *
 * Normalisation, the same on both sides: whitespace folded; for prose, the seed's markdown markers
 * (`#`, `>`, list bullets, `*` emphasis) stripped; for fence lines, trailing spaces stripped.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PAGES, loadPage } from '../helpers/content-site.ts';
import { chineseUnits } from '../helpers/content-text.ts';
import { classifySeed, readSeed } from '../helpers/content-seed.ts';
import { matchSeed, ratio, type LineResult, type PageUnit } from '../helpers/content-coverage.ts';
import { loadMapPages, pageOfLine, type MapPage } from '../helpers/content-map.ts';
import { quoteBefore, seedQuotes } from '../helpers/content-sources.ts';

const PROSE_THRESHOLD = 0.98;
const seedText = readSeed();
const entries = classifySeed(seedText);
const seedLines = seedText.replace(/\r\n/g, '\n').split('\n');
const mapPages = loadMapPages();

let cached: LineResult[] | undefined;
/** Every seed line looked up in the built pages (loaded once, inside the first test that needs it). */
function results(): LineResult[] {
  if (!cached) {
    const units: PageUnit[] = PAGES.flatMap((page) => chineseUnits(loadPage(page), seedLines).map((u) => ({ ...u, page: page.slug })));
    cached = matchSeed(entries, units);
  }
  return cached;
}

/** `L123 [page] "text": why — quoted by / nearest quote before it: src/content/docs/x.mdx:45 <Bi seed="…">`. */
function describe(r: LineResult): string {
  const page = mapPages ? pageOfLine(mapPages, r.entry.n)?.slug ?? '?' : '?';
  const quotes = seedQuotes(PAGES);
  const at = quotes.find((q) => q.seedLines.includes(r.entry.n));
  const near = quoteBefore(quotes, r.entry.n);
  const where = at ? ` — quoted by ${at.file}:${at.line} ${at.tag}`
    : near ? ` — nearest quote before it: ${near.file}:${near.line} ${near.tag}` : '';
  return `  L${r.entry.n} [${page}] ${JSON.stringify(r.key)}: ${r.reason ?? '?'}${where}`;
}

test('the seed has the expected shape (so the coverage figures below mean something)', () => {
  const prose = entries.filter((e) => e.kind === 'prose');
  const fence = entries.filter((e) => e.kind === 'fence');
  assert.ok(entries.length > 300, `only ${entries.length} non-empty seed lines`);
  assert.ok(prose.length > 50, `only ${prose.length} prose lines outside fences`);
  assert.ok(fence.length > 300, `only ${fence.length} lines inside fences`);
  assert.equal(Math.max(...fence.map((e) => e.block)), 25, 'the seed has 25 fences (B1–B25)');
});

test(`every prose line of the seed is in the built Chinese text (at least ${PROSE_THRESHOLD * 100}%)`, (t) => {
  const prose = results().filter((r) => r.entry.kind === 'prose');
  const missing = prose.filter((r) => r.pages.length === 0);
  const found = prose.length - missing.length;
  const figure = `prose lines: ${ratio(found, prose.length)}`;
  console.log(figure);
  t.diagnostic(figure);
  if (missing.length) console.log(`prose lines not found:\n${missing.map(describe).join('\n')}`);
  assert.ok(prose.length > 50, `only ${prose.length} prose lines were checked`);
  assert.ok(found / prose.length >= PROSE_THRESHOLD,
    `${figure}, below ${PROSE_THRESHOLD * 100}%. Not found:\n${missing.map(describe).join('\n')}`);
});

test('every line of every seed fence is shown as a note box, a heading or the original Python', (t) => {
  const fence = results().filter((r) => r.entry.kind === 'fence');
  const missing = fence.filter((r) => r.pages.length === 0);
  const figure = `fence lines: ${ratio(fence.length - missing.length, fence.length)}`;
  console.log(figure);
  t.diagnostic(figure);
  if (missing.length) console.log(`fence lines not found:\n${missing.map(describe).join('\n')}`);
  assert.ok(fence.length > 300, `only ${fence.length} fence lines were checked`);
  assert.deepEqual(missing.map(describe), [], `${figure}; every fence line must be shown`);
});

test('every seed line is shown on the page CONTENT_MAP.md §3 assigns it to', (t) => {
  if (!mapPages) {
    t.skip('CONTENT_MAP.md not found (looked for $CONTENT_MAP and ../shared/CONTENT_MAP.md): no page ranges to check');
    return;
  }
  const pages: MapPage[] = mapPages;
  assert.equal(pages.length, 9, 'CONTENT_MAP.md §3 has nine "### Page N — slug (La–b)" headings');
  const found = results().filter((r) => r.pages.length > 0);
  const misplaced = found.filter((r) => {
    const page = pageOfLine(pages, r.entry.n);
    return page !== undefined && !r.pages.includes(page.slug);
  });
  const lines = misplaced.map((r) => `  L${r.entry.n} [${pageOfLine(pages, r.entry.n)?.slug}] ${JSON.stringify(r.key)} is only on ${r.pages.join(', ')}`);
  t.diagnostic(`lines on their own page: ${ratio(found.length - misplaced.length, found.length)}`);
  assert.deepEqual(lines, [], 'seed lines shown on another page than their own');
});
