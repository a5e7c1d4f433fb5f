import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { archiveFiles, crc32, createZip } from '../../src/components/sandbox/sandbox-zip.ts';

test('crc32 is the zip polynomial', () => {
  assert.equal(crc32(new TextEncoder().encode('123456789')), 0xcbf43926);
  assert.equal(crc32(new Uint8Array()), 0);
});

const unzip = ['/usr/bin/unzip', '/bin/unzip'].find((p) => existsSync(p));
test('unzip reads back every file, Chinese names and text included', { skip: unzip ? false : 'no unzip on this machine: cannot check the archive with a second reader' }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'zip-test-'));
  try {
    const files = { 'demo/a.js': 'console.log("你好")\n', 'demo/说明.md': '# 标题\n', 'demo/empty.txt': '' };
    writeFileSync(join(dir, 'x.zip'), createZip(files));
    execFileSync(unzip!, ['-t', join(dir, 'x.zip')]); // checks every CRC
    execFileSync(unzip!, ['-q', join(dir, 'x.zip'), '-d', join(dir, 'out')]);
    for (const [name, text] of Object.entries(files)) assert.equal(readFileSync(join(dir, 'out', name), 'utf8'), text);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the archive holds the files, a module package.json, a bilingual README with the command lines, and original.py', () => {
  const out = archiveFiles({ id: 'tcp-echo', title: { zh: '回显', en: 'Echo' }, files: { 'tcp-server.js': 's' }, commands: [{ name: 'server', command: 'node tcp-server.js --serial' }], original: 'import socket\n' });
  assert.deepEqual(Object.keys(out).sort(), ['tcp-echo/README.md', 'tcp-echo/original.py', 'tcp-echo/package.json', 'tcp-echo/tcp-server.js']);
  assert.equal(JSON.parse(out['tcp-echo/package.json'] ?? '{}').type, 'module');
  assert.match(out['tcp-echo/README.md'] ?? '', /node tcp-server\.js --serial/);
  assert.match(out['tcp-echo/README.md'] ?? '', /按顺序运行[\s\S]*run, in this order/);
  assert.equal(out['tcp-echo/original.py'], 'import socket\n');
});
