/**
 * Issue 4, structure: every page is bilingual (title, description, every Chinese block paired with a
 * non-empty English one) and every erratum is shown once, on its page: E1–E61 from CONTENT_MAP.md §3,
 * and the errata added in review after the map (E62 onwards, numbered on without gaps, page taken from
 * src/data/errata/). Reads the BUILT site
 * (dist/, or SITE_DIST); without a build the tests fail and say to run `npm run build`.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { errata, type Erratum } from '../../src/data/errata/index.ts';
import { PAGES, ROOT, TOPIC_SLUGS, loadPage } from '../helpers/content-site.ts';
import { attr, find, findAll, fold, hasClass, mainOf, textOf } from '../helpers/content-hast.ts';
import { checkPairs } from '../helpers/content-pairs.ts';
import { frontmatter } from '../helpers/content-sources.ts';
import { findContentMap, loadMapPages } from '../helpers/content-map.ts';

const CJK = /[\u3400-\u9fff]/;
const LATIN = /[A-Za-z]/;
/** The errata of CONTENT_MAP.md §3. */
const MAP_IDS = Array.from({ length: 61 }, (_, i) => `E${i + 1}`);
const idNumber = (id: string): number => Number(id.slice(1));
/** Errata added after the map (review findings): every data id above E61, in number order. */
const ADDED_IDS = errata.map((e) => e.id).filter((id) => idNumber(id) > MAP_IDS.length).sort((a, b) => idNumber(a) - idNumber(b));
const EXPECTED_IDS = [...MAP_IDS, ...ADDED_IDS];
const mapPages = loadMapPages();
/**
 * Erratum id → page slug: for E1–E61 from CONTENT_MAP.md §3 when present (else from src/data/errata/);
 * for the added errata, which the map does not list, from src/data/errata/.
 */
const expectedPage = new Map<string, string>([
  ...(mapPages
    ? mapPages.flatMap((p) => p.errata.map((id) => [id, p.slug] as [string, string]))
    : errata.filter((e) => MAP_IDS.includes(e.id)).map((e) => [e.id, e.page] as [string, string])),
  ...errata.filter((e) => ADDED_IDS.includes(e.id)).map((e) => [e.id, e.page] as [string, string]),
]);
const pageSource = mapPages ? 'CONTENT_MAP.md §3' : 'src/data/errata/*.ts (CONTENT_MAP.md not found)';

test('the site has the home page, the nine topic pages and the glossary, each built from a source page', () => {
  assert.equal(PAGES.length, 11);
  const sources = readdirSync(join(ROOT, 'src/content/docs')).filter((f) => f.endsWith('.mdx') || f.endsWith('.md'));
  assert.deepEqual(sources.map((f) => f.replace(/\.mdx?$/, '')).sort(), PAGES.map((p) => p.slug).sort(),
    'src/content/docs/ holds exactly the pages these tests check');
  for (const page of PAGES) assert.ok(mainOf(loadPage(page)), `${page.path} has a <main>`);
});

test('every page has a bilingual title and description', () => {
  const problems: string[] = [];
  for (const page of PAGES) {
    const tree = loadPage(page);
    const fm = frontmatter(page);
    const h1 = find(mainOf(tree), (el) => el.tagName === 'h1');
    const zh = h1 && find(h1, (el) => hasClass(el, 'lang-zh'));
    const en = h1 && find(h1, (el) => hasClass(el, 'lang-en'));
    const zhTitle = zh ? fold(textOf(zh)) : '';
    const enTitle = en ? fold(textOf(en)) : '';
    if (!CJK.test(zhTitle)) problems.push(`${page.path}: the <h1> has no Chinese title (got "${zhTitle}")`);
    if (!LATIN.test(enTitle)) problems.push(`${page.path}: the <h1> has no English title (got "${enTitle}")`);
    if (zhTitle !== fold(String(fm.title ?? ''))) problems.push(`${page.path}: <h1> "${zhTitle}" ≠ frontmatter title in ${page.source}`);
    if (enTitle !== fold(String(fm.en?.title ?? ''))) problems.push(`${page.path}: <h1> "${enTitle}" ≠ en.title in ${page.source}`);
    const meta = find(tree, (el) => el.tagName === 'meta' && attr(el, 'name') === 'description');
    const description = fold(meta ? attr(meta, 'content') ?? '' : '');
    if (!CJK.test(description)) problems.push(`${page.path}: <meta name="description"> has no Chinese description (got "${description}")`);
    const enDescription = fold(String(fm.en?.description ?? ''));
    if (!LATIN.test(enDescription)) problems.push(`${page.path}: en.description in ${page.source} is missing or not English`);
  }
  assert.deepEqual(problems, []);
});

test('every Chinese block has an English partner and no English block is empty', (t) => {
  const problems: string[] = [];
  let pairs = 0;
  let lone = 0;
  for (const page of PAGES) {
    const report = checkPairs(page, loadPage(page));
    pairs += report.pairs;
    lone += report.loneEnglish;
    if (page.slug !== 'index' && page.slug !== 'glossary' && report.pairs < 10) {
      problems.push(`${page.path}: only ${report.pairs} bilingual pairs`);
    }
    for (const p of report.problems) problems.push(`${page.path}: ${p.problem} at ${p.where} ("${p.text}")`);
  }
  t.diagnostic(`bilingual pairs: ${pairs}; English blocks without a Chinese half (allowed): ${lone}`);
  assert.ok(pairs > 500, `only ${pairs} bilingual pairs across the site`);
  assert.deepEqual(problems, []);
});

test(`the errata data hold E1–E61 once each, on the page ${pageSource} gives, and the added errata E62… once each`, async (t) => {
  const ids = errata.map((e) => e.id);
  assert.ok(ids.every((id) => /^E[1-9]\d*$/.test(id)), `every erratum id is E<number>: ${ids.join(' ')}`);
  assert.deepEqual(ids.filter((id, i) => ids.indexOf(id) !== i), [], 'no erratum id is used twice');
  assert.deepEqual(ids.filter((id) => idNumber(id) <= MAP_IDS.length).sort(), [...MAP_IDS].sort(), 'src/data/errata/ holds E1–E61 of the map');
  assert.deepEqual(ADDED_IDS, ADDED_IDS.map((_, i) => `E${MAP_IDS.length + 1 + i}`), 'added errata are numbered on from E62 without gaps');
  const misfiled: string[] = [];
  for (const slug of TOPIC_SLUGS) {
    const mod = await import(`../../src/data/errata/${slug}.ts`) as { default: Erratum[] };
    for (const e of mod.default) if (e.page !== slug) misfiled.push(`${e.id}: in src/data/errata/${slug}.ts but page "${e.page}"`);
  }
  assert.deepEqual(misfiled, [], 'each errata file holds only its own page');
  if (!mapPages) {
    t.diagnostic('CONTENT_MAP.md not found: the `page` fields are only compared with the data file names');
  } else {
    assert.deepEqual(mapPages.flatMap((p) => p.errata).sort(), [...MAP_IDS].sort(), `${findContentMap()} §3 lists E1–E61 once each`);
  }
  const wrong = errata.filter((e) => e.page !== expectedPage.get(e.id))
    .map((e) => `${e.id}: data says page "${e.page}", ${pageSource} says "${expectedPage.get(e.id)}"`);
  assert.deepEqual(wrong, []);
});

test(`every erratum (E1–E61 and the added E62…) is shown exactly once across the site, on the page ${pageSource} (added: src/data/errata/) assigns`, () => {
  const shown = new Map<string, string[]>();
  for (const page of PAGES) {
    for (const aside of findAll(mainOf(loadPage(page)), (el) => hasClass(el, 'erratum'))) {
      const id = attr(aside, 'dataErratum') ?? '?';
      shown.set(id, [...(shown.get(id) ?? []), page.slug]);
    }
  }
  const problems: string[] = [];
  for (const id of EXPECTED_IDS) {
    const want = expectedPage.get(id) ?? '?';
    const on = shown.get(id) ?? [];
    if (on.length === 0) problems.push(`${id}: not shown (expected on ${want}: add <Erratum id="${id}" /> to src/content/docs/${want}.mdx)`);
    else if (on.length > 1) problems.push(`${id}: shown ${on.length} times (${on.join(', ')}), expected once on ${want}`);
    else if (on[0] !== want) problems.push(`${id}: shown on ${on[0]}, expected on ${want}`);
  }
  for (const [id, on] of shown) if (!EXPECTED_IDS.includes(id)) problems.push(`unknown erratum "${id}" shown on ${on.join(', ')}`);
  assert.deepEqual(problems, []);
});
