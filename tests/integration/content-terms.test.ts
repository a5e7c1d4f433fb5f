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
import { findAll, fold, hasClass, mainOf, textOf } from '../helpers/content-hast.ts';

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
    // Chinese text: the Chinese halves and the author's Python (its comments say 半连接池 too).
    const zh = findAll(main, (el) => hasClass(el, 'lang-zh') || hasClass(el, 'seed-code')).map(textOf).join(' ');
    if (!zh.includes(TERM_ZH)) continue;
    pages.push(page.slug);
    const en = findAll(main, (el) => hasClass(el, 'lang-en')).map(textOf).join(' ');
    if (!en.includes(TERM_EN)) missing.push(page.path);
  }
  // 半连接池 is on the sockets page (B3), the sticky-packets page (B8), the socketserver page (B9), the handshake
  // diagram (page 2) and the glossary: a smaller set means the check lost track of the pages.
  assert.ok(pages.length >= 5, `only ${pages.join(', ')} show ${TERM_ZH}`);
  assert.deepEqual(missing, []);
});
