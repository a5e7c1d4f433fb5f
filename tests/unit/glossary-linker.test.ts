import { test } from 'node:test';
import assert from 'node:assert/strict';
import { linkGlossaryTerms } from '../../src/content/glossary-linker.ts';
import type { GlossaryEntry } from '../../src/data/glossary-types.ts';

const glossary: GlossaryEntry[] = [
  { id: 'process', zh: ['进程'], en: ['process'], explain: { zh: '正在运行的程序', en: 'a running program' } },
  { id: 'zombie-process', zh: ['僵尸进程'], en: ['zombie process'], explain: { zh: '已退出、未被回收', en: 'exited, not yet "reaped"' } },
  { id: 'socket', zh: ['套接字'], en: ['socket'], explain: { zh: '网络通信的端点', en: 'an endpoint of communication' } },
  { id: 'blocking', zh: ['阻塞'], en: ['blocking'], explain: { zh: '等待结果', en: 'waiting for the result' } },
  { id: 'bit', zh: ['位'], en: ['bit'], explain: { zh: '0 或 1', en: '0 or 1' } },
  { id: 'three-way-handshake', zh: ['三次握手'], en: ['three-way handshake'], explain: { zh: '建立连接', en: 'opening a connection' } },
];
const HREF = '/live-sockets/glossary/';

/** A page body: the main content holds the given blocks; a sidebar outside it repeats the terms. */
function page(content: string): string {
  return `<!DOCTYPE html><html lang="zh-CN" data-lang="both"><head><title>进程 process</title></head><body>`
    + `<nav class="sidebar"><div class="lang-zh">进程</div><div class="lang-en">process</div></nav>`
    + `<main><div class="sl-markdown-content">${content}</div></main></body></html>`;
}
const zh = (inner: string): string => `<div class="lang-zh" lang="zh-CN">${inner}</div>`;
const en = (inner: string): string => `<div class="lang-en" lang="en">${inner}</div>`;

/** The glossary links of an HTML string, as [id, linked text] pairs in document order. */
function links(html: string): [string, string][] {
  return [...html.matchAll(/<a class="gloss" href="[^"#]*#([^"]+)" title="[^"]*">([\s\S]*?)<\/a>/g)].map((m) => [m[1] ?? '', m[2] ?? '']);
}
/** The input with the added links taken out again. */
function unlink(html: string): string {
  return html.replace(/<a class="gloss" [^>]*>([\s\S]*?)<\/a>/g, '$1');
}

test('links only the first occurrence of a term, and changes nothing else', () => {
  const input = page(zh('<p>进程是程序的实例。每个进程有自己的内存。</p><p>进程号</p>'));
  const out = linkGlossaryTerms(input, glossary, HREF);
  assert.deepEqual(links(out), [['process', '进程']]);
  assert.ok(out.includes('<p><a class="gloss" href="/live-sockets/glossary/#process" title="正在运行的程序">进程</a>是程序的实例。每个进程'));
  assert.equal(unlink(out), input);
});

test('zh and en blocks are linked separately so that each reading mode gets its link', () => {
  const out = linkGlossaryTerms(page(zh('<p>进程和进程</p>') + en('<p>A process and a process.</p>')), glossary, HREF);
  assert.deepEqual(links(out), [['process', '进程'], ['process', 'process']]);
  assert.ok(out.includes('title="a running program">process</a>'), 'the en link carries the English explanation');
});

test('zh forms are not looked up in en blocks and vice versa', () => {
  const out = linkGlossaryTerms(page(en('<p>The word 进程 in English text.</p>') + zh('<p>中文里的 process 一词</p>')), glossary, HREF);
  assert.deepEqual(links(out), []);
});

test('the longest form wins, and a shorter term is not linked inside a longer one', () => {
  const out = linkGlossaryTerms(page(zh('<p>僵尸进程不是孤儿。僵尸进程也是进程。</p>') + en('<p>A zombie process is a process.</p>')), glossary, HREF);
  assert.deepEqual(links(out), [['zombie-process', '僵尸进程'], ['process', '进程'], ['zombie-process', 'zombie process'], ['process', 'process']]);
  assert.ok(out.includes('也是<a class="gloss" href="/live-sockets/glossary/#process"'), '进程 is linked at its own first use, after 僵尸进程');
});

test('never inside headings, links, code, pre, svg, buttons, sandboxes or raw text', () => {
  const skipped = [
    '<h2 id="x"><span class="lang-zh">进程</span></h2>',
    '<p><a href="/processes/">进程</a> <code>进程</code> <kbd>进程</kbd></p>',
    '<pre><code>进程 = Process()</code></pre>',
    '<svg viewBox="0 0 10 10"><text class="lang-zh">进程</text><title>进程</title></svg>',
    '<button type="button">进程</button>',
    '<div class="live-sandbox"><p>进程</p></div><live-sandbox><p>进程</p></live-sandbox>',
    '<div class="expressive-code"><figure><figcaption>进程</figcaption></figure></div>',
    '<script>const s = "<p>进程</p>";</script><style>p::after { content: "进程" }</style>',
    '<!-- 进程 --><p data-no-gloss>进程</p>',
  ].join('');
  const out = linkGlossaryTerms(page(zh(`${skipped}<p>最后的进程</p>`)), glossary, HREF);
  assert.deepEqual(links(out), [['process', '进程']]);
  assert.ok(out.includes('最后的<a class="gloss"'), 'the first linkable use is the last paragraph');
});

test('text outside the main content or outside a language block is not linked', () => {
  const out = linkGlossaryTerms(page('<p>进程 process</p>'), glossary, HREF);
  assert.deepEqual(links(out), []);
  const noMain = '<html><body><div class="lang-zh">进程</div></body></html>';
  assert.equal(linkGlossaryTerms(noMain, glossary, HREF), noMain);
});

test('a one-character Chinese form is linked only where it stands alone', () => {
  const out = linkGlossaryTerms(page(zh('<p>时间单位、位置</p><p>物理层：位（bit）</p>')), glossary, HREF);
  assert.deepEqual(links(out), [['bit', '位']]);
  assert.ok(out.includes('物理层：<a class="gloss" href="/live-sockets/glossary/#bit"'));
});

test('en forms match whole words, case-insensitively, with a plural ending', () => {
  const out = linkGlossaryTerms(page(en('<p>WebSockets and non-blocking calls. Sockets are blocking.</p>')), glossary, HREF);
  assert.deepEqual(links(out), [['socket', 'Sockets'], ['blocking', 'blocking']]);
});

test('a form matches across a line break and a non-breaking space', () => {
  const out = linkGlossaryTerms(page(en('<p>the three-way\nhandshake</p>') + en('<p>the three-way&nbsp;handshake</p>')), glossary, HREF);
  assert.deepEqual(links(out), [['three-way-handshake', 'three-way\nhandshake']]);
  const out2 = linkGlossaryTerms(page(en('<p>the three-way&nbsp;handshake</p>')), glossary, HREF);
  assert.deepEqual(links(out2), [['three-way-handshake', 'three-way&nbsp;handshake']], 'the source entity is kept inside the link');
});

test('character references are matched decoded and kept as written', () => {
  const input = page(en('<p>Tom &amp; Jerry&#39;s &#x70;rocess</p>'));
  const out = linkGlossaryTerms(input, glossary, HREF);
  assert.deepEqual(links(out), [['process', '&#x70;rocess']]);
  assert.equal(unlink(out), input);
});

test('a ">" inside a quoted attribute does not end the tag', () => {
  const input = page(zh('<div class="copy"><button data-code="if a > b: 进程()">复制</button></div><p title="x > y">套接字</p>'));
  const out = linkGlossaryTerms(input, glossary, HREF);
  assert.deepEqual(links(out), [['socket', '套接字']]);
  assert.equal(unlink(out), input);
});

test('implied end tags: a lang block closed by its parent does not leak into the next block', () => {
  const input = page(`<ul><li class="lang-en">one<li>process</ul><p>process</p>`);
  const out = linkGlossaryTerms(input, glossary, HREF);
  assert.deepEqual(links(out), [], 'the second <li> closes the first: its text is in no language block');
});

test('the explanation is escaped in the title attribute, without markdown backticks', () => {
  const out = linkGlossaryTerms(page(en('<p>A zombie process.</p>')), glossary, HREF);
  assert.ok(out.includes('title="exited, not yet &quot;reaped&quot;"'));
  const withCode: GlossaryEntry[] = [{ id: 'reap', zh: ['回收'], en: ['reap'], explain: { zh: '用 `wait()` 或 `join()` 收集', en: 'collect with `wait()` or `join()`' } }];
  const out2 = linkGlossaryTerms(page(zh('<p>回收子进程</p>')), withCode, HREF);
  assert.ok(out2.includes('title="用 wait() 或 join() 收集"'), out2);
});

test('every section of a long page gets no link after the first', () => {
  const section = zh('<p>进程、套接字、阻塞、三次握手与僵尸进程。</p>') + en('<p>A process, a socket, blocking, the three-way handshake.</p>')
    + '<div class="expressive-code"><pre data-code="a > b"><code>x = 1</code></pre></div>';
  const out = linkGlossaryTerms(page(section.repeat(100)), glossary, HREF);
  assert.equal(links(out).length, 9, 'five zh terms and four en terms, each once');
});

test('a form inside one of its entry\'s `avoid` phrases is not linked', () => {
  const glossary: GlossaryEntry[] = [{ id: 'packet', zh: ['数据包'], en: ['packet'], avoid: ['数据包含'], explain: { zh: '包', en: 'packet' } }];
  const html = '<div class="sl-markdown-content"><div class="lang-zh"><p>数据包含的内容；数据包由头和数据组成</p></div></div>';
  const out = linkGlossaryTerms(html, glossary, '/glossary/');
  assert.match(out, /<p>数据包含的内容；<a class="gloss"[^>]*>数据包<\/a>由头/);
});
