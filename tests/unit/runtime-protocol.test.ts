import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseClientMessage, parseServerMessage } from '../../src/runtime/local-protocol.ts';
import { createNewlineConverter, localRuntimeUrl } from '../../src/runtime/local-runtime.ts';
import { toFileTree } from '../../src/runtime/file-tree.ts';

test('parseClientMessage accepts the documented messages', () => {
  assert.deepEqual(parseClientMessage('{"type":"mount","id":1,"dir":"echo","files":{"a.js":"x"}}'), {
    type: 'mount',
    id: 1,
    dir: 'echo',
    files: { 'a.js': 'x' },
  });
  assert.deepEqual(
    parseClientMessage('{"type":"spawn","id":2,"command":"node","args":["a.js"],"cwd":"echo","env":{"PORT":"1"},"cols":80,"rows":24}'),
    { type: 'spawn', id: 2, command: 'node', args: ['a.js'], cwd: 'echo', env: { PORT: '1' }, cols: 80, rows: 24 },
  );
  assert.deepEqual(
    parseClientMessage('{"type":"spawn","id":4,"command":"python3","args":["server.py"],"cwd":"echo","env":{"PORT":"1"}}'),
    { type: 'spawn', id: 4, command: 'python3', args: ['server.py'], cwd: 'echo', env: { PORT: '1' } },
  );
  assert.deepEqual(parseClientMessage('{"type":"input","id":2,"data":"hi\\n"}'), { type: 'input', id: 2, data: 'hi\n' });
  assert.deepEqual(parseClientMessage('{"type":"input","id":2,"eof":true}'), { type: 'input', id: 2, eof: true });
  assert.deepEqual(parseClientMessage('{"type":"kill","id":2,"signal":"SIGINT"}'), { type: 'kill', id: 2, signal: 'SIGINT' });
  assert.deepEqual(parseClientMessage('{"type":"kill","id":2}'), { type: 'kill', id: 2, signal: 'SIGTERM' });
  assert.deepEqual(parseClientMessage('{"type":"resize","id":2,"cols":100,"rows":30}'), {
    type: 'resize',
    id: 2,
    cols: 100,
    rows: 30,
  });
});

test('parseClientMessage refuses unsafe or malformed requests, keeping the id for the reply', () => {
  assert.deepEqual(parseClientMessage('not json'), { error: 'frame is not JSON' });
  assert.deepEqual(parseClientMessage('{"type":"kill"}'), { error: 'message has no valid id' });
  const cases: [string, RegExp][] = [
    ['{"type":"mount","id":3,"dir":"../up","files":{}}', /dir must be a relative path/],
    ['{"type":"mount","id":3,"dir":"a","files":{"../../x":"y"}}', /unsafe file path/],
    ['{"type":"mount","id":3,"dir":"a","files":{"/etc/x":"y"}}', /unsafe file path/],
    ['{"type":"spawn","id":3,"command":"sh","args":[],"cwd":"a"}', /only "node" and "python3"/],
    ['{"type":"spawn","id":3,"command":"node","args":[],"cwd":"/"}', /cwd/],
    ['{"type":"spawn","id":3,"command":"node","args":[],"cwd":"a","env":{"A B":"1"}}', /env/],
    ['{"type":"kill","id":3,"signal":"SIGKILL"}', /SIGTERM or SIGINT/],
    ['{"type":"launch","id":3}', /unknown message type/],
  ];
  for (const [frame, message] of cases) {
    const parsed = parseClientMessage(frame);
    assert.ok('error' in parsed, frame);
    assert.match(parsed.error, message);
    assert.equal(parsed.id, 3);
  }
});

test('parseClientMessage runs node and python3 only: any other command, path or spelling is refused', () => {
  const others = ['sh', 'bash', 'python', 'python3.11', 'pip', '/usr/bin/python3', '/usr/bin/node', './node', 'node ', ' python3', 'Python3', 'NODE', 'npx', '', null, 3, ['node']];
  for (const command of others) {
    const parsed = parseClientMessage(JSON.stringify({ type: 'spawn', id: 7, command, args: [], cwd: 'a' }));
    assert.ok('error' in parsed, `${JSON.stringify(command)} must be refused`);
    assert.match(parsed.error, /only "node" and "python3" can be run/);
    assert.equal(parsed.id, 7);
  }
  for (const command of ['node', 'python3']) {
    const parsed = parseClientMessage(JSON.stringify({ type: 'spawn', id: 7, command, args: [], cwd: 'a' }));
    assert.ok(!('error' in parsed) && parsed.type === 'spawn' && parsed.command === command, command);
  }
});

test('parseServerMessage ignores unknown frames', () => {
  assert.deepEqual(parseServerMessage('{"type":"exit","id":1,"code":0}'), { type: 'exit', id: 1, code: 0 });
  assert.equal(parseServerMessage('{"type":"surprise"}'), undefined);
  assert.equal(parseServerMessage('[]'), undefined);
});

test('the newline converter gives \\r\\n line ends, also across chunks, never doubling \\r', () => {
  const convert = createNewlineConverter();
  assert.equal(convert('a\nb\r\n'), 'a\r\nb\r\n');
  assert.equal(convert('c\r'), 'c\r');
  assert.equal(convert('\nd\n'), '\nd\r\n');
});

test('localRuntimeUrl follows the page scheme, host and base', () => {
  assert.equal(localRuntimeUrl({ protocol: 'http:', host: '127.0.0.1:4321' }, '/'), 'ws://127.0.0.1:4321/__runtime');
  assert.equal(localRuntimeUrl({ protocol: 'https:', host: 'x.test' }, '/repo'), 'wss://x.test/repo/__runtime');
});

test('toFileTree nests files under the directory', () => {
  assert.deepEqual(toFileTree('a/b', { 'c.js': '1', 'd/e.js': '2' }), {
    a: { directory: { b: { directory: { 'c.js': { file: { contents: '1' } }, d: { directory: { 'e.js': { file: { contents: '2' } } } } } } } },
  });
  assert.throws(() => toFileTree('a', { x: '1', 'x/y': '2' }), /both a file and a folder/);
});
