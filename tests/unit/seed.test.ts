import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parseRange, seedLines, seedParagraphs, tableCells, seedCode } from '../../src/content/seed.ts';

const seed = readFileSync(new URL('../../content/seed/notes.zh.md', import.meta.url), 'utf8');

test('the repository copy of the seed is the author\'s file, unchanged', async () => {
  const { createHash } = await import('node:crypto');
  assert.equal(createHash('sha256').update(seed).digest('hex'), '554afecf6644aa88c3362d7e9736d3783863047a58e41f66b3ad8b0ae93def50');
});

test('parseRange accepts single lines, ranges and lists', () => {
  assert.deepEqual(parseRange('2-4,8'), [2, 3, 4, 8]);
  assert.deepEqual(parseRange('9'), [9]);
  assert.deepEqual(parseRange('3-4, 4-5'), [3, 4, 5]);
  assert.throws(() => parseRange('5-3'), /bad seed line range/);
  assert.throws(() => parseRange('a'), /bad seed line range/);
});

test('seedLines quotes the author verbatim with indentation measured', () => {
  const lines = seedLines(seed, '1-2');
  assert.deepEqual(lines[0], { n: 1, indent: 0, text: '# CS架构与BS架构' });
  assert.deepEqual(lines[1], { n: 2, indent: 1, text: 'Client《=======》Server' });
  assert.throws(() => seedLines(seed, '9999'), /does not exist/);
});

test('seedParagraphs splits on blank lines', () => {
  const paras = seedParagraphs(seedLines(seed, '2-4'));
  assert.equal(paras.length, 2);
  assert.equal(paras[1]?.[0]?.text, 'Browser《=======》Server');
});

test('the five-layer table splits into columns', () => {
  assert.deepEqual(tableCells(seedLines(seed, '10')[0]!.text), ['传输层', 'TCP报头+数据', '段']);
  assert.deepEqual(tableCells(seedLines(seed, '13')[0]!.text), ['物理层', '010101', '位']);
});

test('seedCode strips the trailing hard-break spaces but keeps indentation', () => {
  const code = seedCode(seed, '136-136');
  assert.equal(code, 'import socket');
});
