/**
 * Issue 14: one English term for 半连接池 — "SYN queue" — on the pages, in the handshake diagram and in
 * the glossary, explained once (glossary + E18). The seed uses 半连接池 loosely for the listen backlog;
 * renderings such as "half-open connection pool" or "listen backlog" drifted in before and are rejected.
 * Reads the BUILT site (dist/, or SITE_DIST) and the glossary data.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { glossary } from '../../src/data/glossary.ts';
import { PAGES, loadPage } from '../helpers/content-site.ts';
import { attr, findAll, fold, hasClass, mainOf, textOf } from '../helpers/content-hast.ts';

const TERM_ZH = '半连接池';
const TERM_EN = 'SYN queue';
/** Other renderings of 半连接池 that must not come back. */
const REJECTED = [/half[- ]open (connection )?pool/i, /half[- ]connection pool/i, /semi[- ]connection/i, /listen backlog/i, /pending[- ]connection pool/i];

test(`the glossary renders ${TERM_ZH} as "${TERM_EN}" and nothing else`, () => {
  const entries = glossary.filter((g) => g.zh.includes(TERM_ZH));
  assert.equal(entries.length, 1, `one glossary entry for ${TERM_ZH}`);
  assert.deepEqual(entries[0]?.en, [TERM_EN]);
  assert.match(entries[0]?.explain.en ?? '', /accept queue/, 'the explanation names the other Linux queue');
});

test(`no page, diagram or erratum uses another English rendering of ${TERM_ZH}`, () => {
  const hits: string[] = [];
  for (const page of PAGES) {
    const text = fold(textOf(mainOf(loadPage(page))));
    for (const re of REJECTED) {
      const m = re.exec(text);
      if (m) hits.push(`${page.path}: "${m[0]}" (…${text.slice(Math.max(0, m.index - 60), m.index + 60)}…)`);
    }
  }
  assert.deepEqual(hits, []);
});

test(`every page that shows ${TERM_ZH} in Chinese says "${TERM_EN}" in English`, () => {
  const pages: string[] = [];
  const missing: string[] = [];
  for (const page of PAGES) {
    const main = mainOf(loadPage(page));
    // Chinese text: everything marked lang="zh-CN" — the Chinese halves, the author's Python (its
    // comments say 半连接池 too), the glossary's terms.
    const zh = findAll(main, (el) => attr(el, 'lang') === 'zh-CN').map(textOf).join(' ');
    if (!zh.includes(TERM_ZH)) continue;
    pages.push(page.slug);
    const en = findAll(main, (el) => attr(el, 'lang') === 'en').map(textOf).join(' ');
    if (!en.includes(TERM_EN)) missing.push(page.path);
    // And pair by pair: a bilingual block (<Bi>, erratum, diagram label) whose Chinese half says 半连接池
    // says SYN queue in its English half.
    for (const pair of findAll(main, (el) => hasClass(el, 'bi') || hasClass(el, 'bt'))) {
      const halves = (cls: string): string => findAll(pair, (el) => hasClass(el, cls)).map(textOf).join(' ');
      if (halves('lang-zh').includes(TERM_ZH) && !halves('lang-en').includes(TERM_EN)) {
        missing.push(`${page.path}: a pair says ${TERM_ZH} but not ${TERM_EN}: "${fold(halves('lang-en')).slice(0, 120)}"`);
      }
    }
  }
  // 半连接池 is on the sockets page (B3), the sticky-packets page (B8), the socketserver page (B9), the handshake
  // diagram (page 2) and the glossary: a smaller set means the check lost track of the pages.
  assert.ok(pages.length >= 5, `only ${pages.join(', ')} show ${TERM_ZH}`);
  assert.deepEqual(missing, []);
});
