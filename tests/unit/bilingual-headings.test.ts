import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Root, Element } from 'hast';
import { rehypeBilingualHeadings } from '../../src/content/rehype-bilingual-headings.ts';
import { inlineCode, markChinese } from '../../src/content/inline-code.ts';

function heading(children: Element['children']): Root {
  return { type: 'root', children: [{ type: 'element', tagName: 'h2', properties: {}, children }] };
}

test('a "中文 | English" heading becomes two language spans around a separator', () => {
  const tree = heading([{ type: 'text', value: '套接字 | Sockets' }]);
  rehypeBilingualHeadings()(tree);
  const h2 = tree.children[0] as Element;
  const spans = h2.children as Element[];
  assert.deepEqual(spans.map((s) => s.properties['className']), [['lang-zh'], ['bi-sep'], ['lang-en']]);
  assert.equal(spans[0]!.properties['lang'], 'zh-CN');
  assert.equal(spans[2]!.properties['lang'], 'en');
  assert.deepEqual(spans[0]!.children, [{ type: 'text', value: '套接字' }]);
  assert.deepEqual(spans[2]!.children, [{ type: 'text', value: 'Sockets' }]);
});

test('inline elements keep their side of the separator', () => {
  const code: Element = { type: 'element', tagName: 'code', properties: {}, children: [{ type: 'text', value: 'join' }] };
  const tree = heading([{ type: 'text', value: '方法 | The ' }, code, { type: 'text', value: ' method' }]);
  rehypeBilingualHeadings()(tree);
  const en = (tree.children[0] as Element).children[2] as Element;
  assert.equal(en.children.length, 3);
  assert.equal((en.children[1] as Element).tagName, 'code');
});

test('headings without a separator and other elements are untouched', () => {
  const tree = heading([{ type: 'text', value: 'Only one language' }]);
  rehypeBilingualHeadings()(tree);
  assert.deepEqual((tree.children[0] as Element).children, [{ type: 'text', value: 'Only one language' }]);
});

test('errata notes: backtick code becomes <code>, everything else is escaped', () => {
  assert.equal(inlineCode('use `sendall()` <now>'), 'use <code>sendall()</code> &lt;now&gt;');
  assert.equal(inlineCode('`a<b`'), '<code>a&lt;b</code>');
  assert.equal(inlineCode('blocked → **ready** and `**x**`'), 'blocked → <strong>ready</strong> and <code>**x**</code>');
});

test('Chinese quoted in English notes is marked lang="zh-CN"', () => {
  assert.equal(markChinese('Read 「对应在内存中」 here'), 'Read <span lang="zh-CN">「对应在内存中」</span> here');
  assert.equal(markChinese('<code>进程 号</code>'), '<code><span lang="zh-CN">进程 号</span></code>');
  assert.equal(markChinese('plain English'), 'plain English');
});
