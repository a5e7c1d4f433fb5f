import { test } from 'node:test';
import assert from 'node:assert/strict';
import { stackblitzFields } from '../../src/components/sandbox/stackblitz.ts';

test('the StackBlitz form carries every file, a node template and a package.json that starts the first program', () => {
  const fields = new Map(stackblitzFields({ id: 'tcp-echo', title: { zh: '回显', en: 'Echo' }, files: { 'tcp-server.js': 's', 'tcp-client.js': 'c' }, start: 'node tcp-server.js --serial' }));
  assert.equal(fields.get('project[template]'), 'node');
  assert.equal(fields.get('project[files][tcp-server.js]'), 's');
  assert.equal(fields.get('project[files][tcp-client.js]'), 'c');
  const pkg = JSON.parse(fields.get('project[files][package.json]') ?? '{}');
  assert.deepEqual([pkg.type, pkg.scripts.start], ['module', 'node tcp-server.js --serial']);
  assert.equal(fields.get('project[title]'), '回显 / Echo');
});
