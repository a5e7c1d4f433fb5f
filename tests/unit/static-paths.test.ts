import { test } from 'node:test';
import assert from 'node:assert/strict';
import { candidateFiles, normaliseBase } from '../../src/server/static-paths.ts';
import { contentType } from '../../src/server/mime.ts';

test('normaliseBase', () => {
  assert.equal(normaliseBase('/'), '/');
  assert.equal(normaliseBase(''), '/');
  assert.equal(normaliseBase('live-sockets'), '/live-sockets/');
  assert.equal(normaliseBase('/live-sockets/'), '/live-sockets/');
});

test('directories map to index.html, files to themselves', () => {
  assert.deepEqual(candidateFiles('/', '/'), ['index.html']);
  assert.deepEqual(candidateFiles('/sticky-packets/?lang=en', '/'), ['sticky-packets/index.html']);
  assert.deepEqual(candidateFiles('/_astro/x.js', '/'), ['_astro/x.js', '_astro/x.js/index.html', '_astro/x.js.html']);
  assert.deepEqual(candidateFiles('/%E4%BD%A0/', '/'), ['你/index.html']);
});

test('paths outside the base or climbing out are refused', () => {
  assert.equal(candidateFiles('/other/', '/live-sockets/'), null);
  assert.deepEqual(candidateFiles('/live-sockets/', '/live-sockets/'), ['index.html']);
  assert.deepEqual(candidateFiles('/live-sockets', '/live-sockets/'), ['index.html']);
  assert.equal(candidateFiles('/../etc/passwd', '/'), null);
  assert.equal(candidateFiles('/a/%2e%2e/%2e%2e/etc/passwd', '/'), null);
  assert.equal(candidateFiles('/%E0%A4%A', '/'), null);
});

test('content types', () => {
  assert.equal(contentType('a/index.html'), 'text/html; charset=utf-8');
  assert.equal(contentType('x.JS'), 'text/javascript; charset=utf-8');
  assert.equal(contentType('pagefind/fragment/zh_1.pf_fragment'), 'application/octet-stream');
});

test('text types are compressed, binary ones are not', async () => {
  const { isCompressible } = await import('../../src/server/static-server.ts');
  assert.equal(isCompressible('text/html; charset=utf-8'), true);
  assert.equal(isCompressible('text/javascript; charset=utf-8'), true);
  assert.equal(isCompressible('image/svg+xml'), true);
  assert.equal(isCompressible('application/octet-stream'), false);
  assert.equal(isCompressible('font/woff2'), false);
});
