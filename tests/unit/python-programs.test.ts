// Python programs in sandbox.json (issue 18): the schema's rules, the command each program runs, the
// recordings of later scenarios, and how the page reads the runtime's python3 from its health answer.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { commandLine, parseSandbox, programCommand, scenarioUsesPython } from '../../src/sandbox/schema.ts';
import { recordedScenarios } from '../../src/sandbox/transcript.ts';
import { recordedRuns } from '../../src/components/sandbox/transcript-view.ts';
import { probeLocalPython, pythonOfHealth } from '../../src/runtime/python-probe.ts';

const base = {
  title: { zh: '例', en: 'Example' },
  runtimes: ['webcontainer', 'local'],
  programs: [
    { name: 'server', entry: 'server.js' },
    { name: 'py-client', entry: 'client.py', language: 'python', python: { kind: 'original', seed: '1-9' } },
  ],
  scenarios: [{ name: 'node', steps: [{ start: 'server' }] }],
};
const parse = (over: object) => () => parseSandbox(JSON.stringify({ ...base, ...over }), 'x/sandbox.json');

test('a program is node by default; a Python one runs python3', () => {
  const sb = parseSandbox(JSON.stringify(base), 'x/sandbox.json');
  assert.equal(sb.programs[0]?.language, 'node');
  assert.deepEqual(sb.programs.map(programCommand), ['node', 'python3']);
  assert.equal(commandLine({ entry: 'client.py', args: ['--wait-reply'], language: 'python' }), 'python3 client.py --wait-reply');
  assert.equal(commandLine({ entry: 'a.js', args: [] }), 'node a.js');
});

test('the schema refuses a .py entry for node, a .js entry for python, and a corrected copy without its changes', () => {
  assert.throws(parse({ programs: [{ name: 'a', entry: 'a.py' }] }), /\(node\) cannot run a\.py/);
  assert.throws(parse({ programs: [{ name: 'a', entry: 'a.js', language: 'python', python: { kind: 'original' } }] }), /\(python\) cannot run a\.js/);
  assert.throws(parse({ programs: [{ name: 'a', entry: 'a.py', language: 'python' }] }), /"original" or a "corrected"/);
  assert.throws(parse({ programs: [{ name: 'a', entry: 'a.py', language: 'python', python: { kind: 'corrected' } }] }), /says what changed/);
  assert.throws(parse({ programs: [{ name: 'a', entry: 'a.js', python: { kind: 'original' } }] }), /"python" is for Python programs/);
});

test('a scenario that starts a Python program must be for the local runtime only', () => {
  const py = { name: 'py', steps: [{ start: 'py-client' }] };
  assert.throws(parse({ scenarios: [base.scenarios[0], py] }), /starts a Python program: its runtimes must be \["local"\]/);
  const sb = parseSandbox(JSON.stringify({ ...base, scenarios: [base.scenarios[0], { ...py, runtimes: ['local'] }] }), 'x');
  assert.deepEqual(sb.scenarios.map((s) => scenarioUsesPython(sb.programs, s)), [false, true]);
});

test('recorded scenarios: the first, then those marked record, each adding only programs not yet recorded', () => {
  const scenarios = [
    { steps: [{ start: 'server' }, { start: 'client' }] },
    { record: true, steps: [{ start: 'py-server' }, { start: 'client' }] },
    { steps: [{ start: 'py-client' }] },
    { record: true, steps: [{ start: 'server' }, { start: 'py-client' }, { start: 'py-server' }] },
  ];
  assert.deepEqual(recordedScenarios(scenarios).map((r) => [r.index, [...r.programs]]), [
    [0, ['server', 'client']],
    [1, ['py-server']],
    [3, ['py-client']],
  ]);
});

test('the page shows a recording under "more" on the Python program\'s panel, with its python3 command line', () => {
  const runs = recordedRuns({
    generated: '', sandbox: 's', scenario: 'first',
    programs: [{ name: 'server', events: [{ kind: 'start', args: [] }, { kind: 'output', text: 'up\n' }] }],
    more: [{ scenario: 'py', programs: [{ name: 'py-server', events: [{ kind: 'start', args: [] }, { kind: 'output', text: 'listening\n' }, { kind: 'exit', code: null, signal: 'SIGTERM' }] }] }],
  }, { server: 'node server.js', 'py-server': 'python3 tcp_server.py' });
  assert.deepEqual(runs.get('py-server'), [[
    { kind: 'command', text: '$ python3 tcp_server.py' },
    { kind: 'output', text: 'listening\n' },
    { kind: 'exit', code: null, signal: 'SIGTERM' },
  ]]);
  assert.equal(runs.get('server')?.length, 1);
});

test('the health answer tells the page the runtime\'s python3, or null', async () => {
  assert.equal(pythonOfHealth({ runtime: 'local', python: '3.11.7' }), '3.11.7');
  assert.equal(pythonOfHealth({ runtime: 'local', paired: true, python: '3.12.1' }), '3.12.1');
  assert.equal(pythonOfHealth({ runtime: 'local', python: null }), null);
  assert.equal(pythonOfHealth({ runtime: 'local' }), null, 'an older host says nothing: no Python');
  assert.equal(pythonOfHealth({ error: 'token' }), null);
  const answer = (body: unknown, status = 200): typeof fetch => async () => Response.json(body, { status });
  assert.equal(await probeLocalPython('/__runtime/health', answer({ runtime: 'local', python: '3.11.7' })), '3.11.7');
  assert.equal(await probeLocalPython('/__runtime/health', answer({ error: 'token' }, 403)), null);
  assert.equal(await probeLocalPython('/__runtime/health', async () => { throw new TypeError('network'); }), null);
});
