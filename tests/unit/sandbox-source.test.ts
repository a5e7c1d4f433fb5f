import { test } from 'node:test';
import assert from 'node:assert/strict';
import { collectSandbox, MissingSandboxError } from '../../src/components/sandbox/sandbox-source.ts';
import { isEditable, serializePageData, toPageData } from '../../src/components/sandbox/page-data.ts';
import { recordedRuns } from '../../src/components/sandbox/transcript-view.ts';
import type { Transcript } from '../../src/sandbox/transcript-types.ts';

const sandboxJson = JSON.stringify({
  title: { zh: '回声', en: 'Echo' },
  programs: [
    { name: 'server', entry: 'server.js' },
    { name: 'client', entry: 'client.js', args: ['--once'] },
  ],
  runtimes: ['webcontainer', 'local'],
  scenarios: [{ name: 's', steps: [{ start: 'server' }] }],
});

const raw = {
  '/sandboxes/echo/sandbox.json': sandboxJson,
  '/sandboxes/echo/server.js': 'server',
  '/sandboxes/echo/client.js': 'client',
  '/sandboxes/echo/big.txt': 'x'.repeat(200_000),
  '/sandboxes/echo/original.py': 'print(1)',
  '/sandboxes/echo-two/sandbox.json': '{}',
};

test('collects the program files, the original Python and the transcript of one sandbox only', () => {
  const source = collectSandbox('echo', raw);
  assert.deepEqual(Object.keys(source.files), ['big.txt', 'client.js', 'server.js']);
  assert.equal(source.original, 'print(1)');
  assert.equal(source.transcript, undefined);
  assert.equal(source.sandbox.title.en, 'Echo');
});

test('a missing sandbox, an invalid sandbox.json or a missing entry fails naming the file', () => {
  assert.throws(() => collectSandbox('nope', raw), (e: unknown) => e instanceof MissingSandboxError && /sandboxes\/nope\/sandbox\.json/.test(e.message));
  assert.throws(() => collectSandbox('echo-two', raw), /sandboxes\/echo-two\/sandbox\.json: invalid sandbox\.json/);
  const noEntry = { ...raw, '/sandboxes/echo/server.js': undefined } as unknown as Record<string, string>;
  delete noEntry['/sandboxes/echo/server.js'];
  assert.throws(() => collectSandbox('echo', noEntry), /program "server" has entry "server\.js"/);
  assert.throws(() => collectSandbox('echo', { ...raw, '/sandboxes/echo/transcript.json': '{' }), /transcript\.json: not valid JSON/);
});

test('page data lists program entries first and leaves big data files out of the editor', () => {
  const data = toPageData(collectSandbox('echo', raw));
  assert.deepEqual(data.editable, ['server.js', 'client.js']);
  assert.deepEqual(data.programs[1], { name: 'client', entry: 'client.js', args: ['--once'] });
  assert.equal(isEditable('notes.md', 'short'), true);
  assert.equal(isEditable('image.png', 'x'), false);
});

test('serialised page data cannot close its <script> element', () => {
  const data = toPageData(collectSandbox('echo', { ...raw, '/sandboxes/echo/server.js': '</script><script>alert(1)</script>' }));
  const json = serializePageData(data);
  assert.equal(json.includes('</script>'), false);
  assert.equal(JSON.parse(json).files['server.js'], '</script><script>alert(1)</script>');
});

test('a transcript becomes one block per program, runs in order, output merged', () => {
  const transcript: Transcript = {
    generated: 'test',
    sandbox: 'echo',
    scenario: 's',
    programs: [
      { name: 'server', events: [{ kind: 'start', args: [] }, { kind: 'output', text: 'a\n' }, { kind: 'output', text: 'b\n' }, { kind: 'exit', code: null, signal: 'SIGTERM' }] },
      { name: 'client', events: [{ kind: 'start', args: ['x'] }, { kind: 'input', text: 'hi\n' }, { kind: 'exit', code: 0 }] },
      { name: 'client', events: [{ kind: 'start' }, { kind: 'exit', code: 1 }] },
    ],
  };
  const runs = recordedRuns(transcript, { server: 'node server.js', client: 'node client.js --once' });
  assert.deepEqual(runs.get('server'), [[
    { kind: 'command', text: '$ node server.js' },
    { kind: 'output', text: 'a\nb\n' },
    { kind: 'exit', code: null, signal: 'SIGTERM' },
  ]]);
  assert.equal(runs.get('client')?.length, 2);
  assert.deepEqual(runs.get('client')?.[0]?.[0], { kind: 'command', text: '$ node client.js --once x' });
  assert.equal(recordedRuns(undefined, {}).size, 0);
});
