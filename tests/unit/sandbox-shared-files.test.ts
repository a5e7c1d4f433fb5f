import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withSharedFiles } from '../../src/sandbox/shared-files.ts';
import { collectSandbox } from '../../src/components/sandbox/sandbox-source.ts';

const json = (shared: string[]) => JSON.stringify({
  title: { zh: '标题', en: 'Title' },
  programs: [{ name: 'client', entry: 'tcp-client.js' }, { name: 'server', entry: 'server.js' }],
  shared,
  runtimes: ['local'],
  scenarios: [{ name: 's', steps: [{ start: 'server' }] }],
});

test('a sandbox mounts the shared modules it lists as its own files, and nothing else of the shared folder', () => {
  const source = collectSandbox('demo', {
    '/sandboxes/demo/sandbox.json': json(['tcp-client.js']),
    '/sandboxes/demo/server.js': 'server',
    '/sandboxes/_shared/tcp-client.js': 'client',
    '/sandboxes/_shared/frame.js': 'frame',
  });
  assert.deepEqual(source.files, { 'server.js': 'server', 'tcp-client.js': 'client' });
});

test('a shared module that is missing, or also copied into the folder, fails naming the sandbox.json', () => {
  assert.throws(() => collectSandbox('demo', {
    '/sandboxes/demo/sandbox.json': json(['tcp-client.js']),
    '/sandboxes/demo/server.js': 'server',
  }), /sandboxes\/demo\/sandbox\.json: shared module "tcp-client\.js" is not in sandboxes\/_shared\//);
  assert.throws(() => withSharedFiles({ 'a.js': 'own' }, ['a.js'], { 'a.js': 'shared' }, 'x/sandbox.json'), /x\/sandbox\.json: "a\.js" is listed in "shared" but the folder has its own copy/);
});
