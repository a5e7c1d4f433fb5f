import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createWebContainerRuntime, type WebContainerRuntimeOptions } from '../../src/runtime/webcontainer-runtime.ts';
import { RuntimeUnavailableError, type BootEnvironment, type BootState } from '../../src/runtime/boot-state.ts';
import type { RuntimeProcess } from '../../src/runtime/types.ts';
import { fakeWebContainer, type FakeOptions } from './webcontainer-fake.ts';

const GOOD_ENV: BootEnvironment = { crossOriginIsolated: true, hasSharedArrayBuffer: true, supported: true };

function setup(fake: FakeOptions = {}, opts: Partial<WebContainerRuntimeOptions> = {}) {
  const wc = fakeWebContainer(fake);
  const runtime = createWebContainerRuntime({ load: wc.load, env: GOOD_ENV, interruptGraceMs: 60, ...opts });
  return { wc, runtime };
}

/** Everything a process prints until its output closes. */
async function readAll(proc: RuntimeProcess): Promise<string> {
  let text = '';
  const reader = proc.output.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return text;
    text += value;
  }
}

function nextState(runtime: { onStateChange(cb: (s: BootState) => void): () => void }, status: BootState['status']) {
  return new Promise<BootState>((resolve) => {
    const off = runtime.onStateChange((s) => {
      if (s.status === status) {
        off();
        resolve(s);
      }
    });
  });
}

test('mount lays the files out under the sandbox directory, without booting before the first spawn', async () => {
  const { wc, runtime } = setup({}, { localEcho: true });
  await runtime.mount('tcp-echo', { 'server.js': 'process.exit(0)', 'package.json': '{"type":"module"}', 'lib/frame.js': 'f' });
  assert.equal(wc.loads, 0, 'the API is not even loaded by a mount');
  assert.equal(runtime.state.status, 'idle');
  await runtime.spawn('node', ['server.js'], { cwd: 'tcp-echo' });
  await runtime.mount('tcp-echo', { 'server.js': 'edited' });
  assert.deepEqual(Object.fromEntries(wc.files), {
    'tcp-echo/server.js': 'edited',
    'tcp-echo/package.json': '{"type":"module"}',
    'tcp-echo/lib/frame.js': 'f',
  });
});

test('spawn passes command, args, cwd, env and the terminal size', async () => {
  const { wc, runtime } = setup({}, { localEcho: true });
  await runtime.mount('tcp-echo', { 'client.js': 'process.exit(0)' });
  await runtime.spawn('node', ['client.js', '--name', 'a'], { cwd: 'tcp-echo', env: { DEMO_TIME_SCALE: '0.1' }, terminal: { cols: 80, rows: 24 } });
  assert.deepEqual(wc.userProcesses().map(({ command, args, options }) => ({ command, args, options })), [
    { command: 'node', args: ['client.js', '--name', 'a'], options: { cwd: 'tcp-echo', env: { DEMO_TIME_SCALE: '0.1' }, terminal: { cols: 80, rows: 24 } } },
  ]);
});

test('output printed just before exit (delivered after exit resolved) is all there before the program counts as exited', async () => {
  const { runtime } = setup({ lateMs: 40 }, { localEcho: true });
  await runtime.mount('p', { 'once.js': "process.stdout.write('first\\n'); process.stdout.write('last line\\n'); process.exit(3)" });
  const proc = await runtime.spawn('node', ['once.js'], { cwd: 'p' });
  assert.equal(await proc.exit, 3);
  // Read only once `exit` resolved: everything is there, and the stream has ended.
  assert.equal(await readAll(proc), 'first\r\nlast line\r\n');
});

test('bare \\n becomes \\r\\n, also when \\r and \\n arrive in separate chunks; \\r\\n is left alone', async () => {
  const { runtime } = setup({}, { localEcho: true });
  await runtime.mount('p', { 'nl.js': "process.stdout.write('a\\nb\\r'); process.stdout.write('\\nc\\r\\n'); process.exit(0)" });
  const proc = await runtime.spawn('node', ['nl.js'], { cwd: 'p' });
  assert.equal(await readAll(proc), 'a\r\nb\r\nc\r\n');
});

for (const echo of [true, false]) {
  test(`the echo probe finds that the tty ${echo ? 'echoes' : 'does not echo'}, so localEcho is ${!echo}`, async () => {
    const { wc, runtime } = setup({ echo });
    await runtime.mount('p', { 'x.js': 'process.exit(0)' });
    await runtime.spawn('node', ['x.js'], { cwd: 'p' });
    assert.equal(runtime.localEcho, !echo);
    assert.equal(wc.processes[0]?.args[0], '-e', 'the probe ran first, right after boot');
    assert.equal(wc.processes[0]?.kills, 1, 'and was stopped');
  });
}

test('?echo=on|off (localEcho forced) skips the probe', async () => {
  const { wc, runtime } = setup({ echo: true }, { localEcho: true });
  await runtime.mount('p', { 'x.js': 'process.exit(0)' });
  await runtime.spawn('node', ['x.js'], { cwd: 'p' });
  assert.equal(runtime.localEcho, true);
  assert.equal(wc.processes.filter((p) => p.args[0] === '-e').length, 0);
});

const BUSY = "process.on('SIGINT', function () { process.stdout.write('handler ran\\n'); }); setInterval(function () {}, 1000);";

test('Ctrl-C (SIGINT) writes \\x03, then kill() when the program still runs after the grace time', async () => {
  const { wc, runtime } = setup({ ctrlC: 'ignored' }, { localEcho: true, interruptGraceMs: 50 });
  await runtime.mount('p', { 'busy.js': BUSY });
  const proc = await runtime.spawn('node', ['busy.js'], { cwd: 'p' });
  const text = readAll(proc);
  proc.kill('SIGINT');
  const record = wc.userProcesses()[0];
  assert.deepEqual(record?.written, ['\x03']);
  assert.equal(record?.kills, 0, 'not killed at once');
  assert.equal(await proc.exit, 143);
  assert.equal(record?.kills, 1, 'killed after the grace time');
  assert.doesNotMatch(await text, /handler ran/, 'signal handlers do not run on this runtime');
});

test('Ctrl-C that ends the program by itself is not followed by kill()', async () => {
  const { wc, runtime } = setup({ ctrlC: 'ends' }, { localEcho: true, interruptGraceMs: 50 });
  await runtime.mount('p', { 'busy.js': BUSY });
  const proc = await runtime.spawn('node', ['busy.js'], { cwd: 'p' });
  proc.kill('SIGINT');
  assert.equal(await proc.exit, 130);
  await new Promise((resolve) => setTimeout(resolve, 80));
  assert.equal(wc.userProcesses()[0]?.kills, 0);
});

test('Stop (SIGTERM) calls kill() at once; closing input writes \\x04, which ends input through the tty', async () => {
  const { wc, runtime } = setup({ echo: false }, { localEcho: true });
  await runtime.mount('p', {
    'cat.js': "process.stdin.on('data', function (d) { process.stdout.write('got ' + JSON.stringify(d) + '\\n'); }); process.stdin.on('end', function () { process.stdout.write('eof\\n'); process.exit(0); });",
    'busy.js': BUSY,
  });
  const cat = await runtime.spawn('node', ['cat.js'], { cwd: 'p' });
  const text = readAll(cat);
  const writer = cat.input.getWriter();
  await writer.write('hi\n');
  await writer.close();
  assert.equal(await cat.exit, 0);
  assert.equal(await text, 'got "hi\\n"\r\neof\r\n');
  assert.deepEqual(wc.userProcesses()[0]?.written, ['hi\n', '\x04']);
  const busy = await runtime.spawn('node', ['busy.js'], { cwd: 'p' });
  busy.kill();
  assert.equal(wc.userProcesses()[1]?.kills, 1);
  assert.equal(await busy.exit, 143);
});

test('boot is called at most once per page, however many spawns and mounts race', async () => {
  const { wc, runtime } = setup({}, { localEcho: true });
  await runtime.mount('x', { 'a.js': 'process.exit(0)', 'b.js': 'process.exit(0)' });
  await Promise.all([runtime.spawn('node', ['a.js'], { cwd: 'x' }), runtime.spawn('node', ['b.js'], { cwd: 'x' }), runtime.mount('y', { 'c.js': 'process.exit(0)' })]);
  await runtime.spawn('node', ['c.js'], { cwd: 'y' });
  assert.equal(wc.boots, 1);
});

test('a boot that never settles ends in failed/timeout, and is not attempted again', async () => {
  const { wc, runtime } = setup({ boot: 'never' }, { bootTimeoutMs: 30 });
  const seen: string[] = [];
  runtime.onStateChange((s) => seen.push(s.status));
  await assert.rejects(runtime.spawn('node', ['a.js'], { cwd: 'x' }), (error: unknown) => error instanceof RuntimeUnavailableError && error.reason === 'timeout');
  assert.deepEqual(seen, ['booting', 'failed']);
  assert.equal(runtime.state.status === 'failed' && runtime.state.reloadToRetry, true);
  await assert.rejects(runtime.spawn('node', ['a.js'], { cwd: 'x' }), RuntimeUnavailableError);
  await assert.rejects(runtime.mount('x', { 'a.js': '' }), RuntimeUnavailableError);
  assert.equal(wc.boots, 1, 'no second boot() call');
});

test('the default boot timeout is 30 s', async () => {
  const { DEFAULT_BOOT_TIMEOUT_MS } = await import('../../src/runtime/webcontainer-runtime.ts');
  assert.equal(DEFAULT_BOOT_TIMEOUT_MS, 30_000);
});

test('a boot that succeeds after the timeout moves the state to ready (late), and the next run uses it', async () => {
  const { runtime } = setup({ boot: 80 }, { bootTimeoutMs: 20, localEcho: true });
  await runtime.mount('x', { 'a.js': "process.stdout.write('ran\\n'); process.exit(0)" });
  const ready = nextState(runtime, 'ready');
  await assert.rejects(runtime.spawn('node', ['a.js'], { cwd: 'x' }), (e: unknown) => e instanceof RuntimeUnavailableError && e.reason === 'timeout');
  assert.deepEqual(await ready, { status: 'ready', late: true });
  const proc = await runtime.spawn('node', ['a.js'], { cwd: 'x' });
  assert.equal(await readAll(proc), 'ran\r\n', 'files mounted before the boot are there');
});

test('a boot that rejects names its cause: blocked storage, or a plain error with its message', async () => {
  const blocked = setup({ boot: 'reject', bootError: 'SecurityError: Failed to read the localStorage property' });
  await assert.rejects(blocked.runtime.spawn('node', ['a.js'], { cwd: 'x' }), (e: unknown) => e instanceof RuntimeUnavailableError && e.reason === 'storage-blocked');
  const other = setup({ boot: 'reject', bootError: 'iframe blocked' });
  await assert.rejects(other.runtime.spawn('node', ['a.js'], { cwd: 'x' }), /iframe blocked/);
  assert.equal(other.runtime.state.status === 'failed' && other.runtime.state.reason, 'error');
});

test("an 'error' event after boot fails the runtime with its cause", async () => {
  const { wc, runtime } = setup({}, { localEcho: true });
  await runtime.mount('x', { 'a.js': 'process.exit(0)' });
  await runtime.spawn('node', ['a.js'], { cwd: 'x' });
  wc.emitError('Unable to access third-party cookies');
  assert.equal(runtime.state.status === 'failed' && runtime.state.reason, 'storage-blocked');
  await assert.rejects(runtime.spawn('node', ['a.js'], { cwd: 'x' }), RuntimeUnavailableError);
});

for (const [name, env, reason] of [
  ['an unsupported browser', { crossOriginIsolated: true, hasSharedArrayBuffer: true, supported: false }, 'unsupported'],
  ['a page that is not isolated', { crossOriginIsolated: false, hasSharedArrayBuffer: false, supported: true }, 'not-isolated'],
  ['a browser that blocks cookies', { crossOriginIsolated: true, hasSharedArrayBuffer: true, supported: true, cookiesEnabled: false }, 'storage-blocked'],
] as const) {
  test(`${name} ends in failed/${reason} without calling boot`, async () => {
    const wc = fakeWebContainer();
    const runtime = createWebContainerRuntime({ load: wc.load, env });
    await assert.rejects(runtime.spawn('node', ['a.js'], { cwd: 'x' }), (e: unknown) => e instanceof RuntimeUnavailableError && e.reason === reason);
    assert.equal(wc.boots, 0);
    assert.equal(wc.loads, 0);
  });
}

test('the user-agent gate: unsupported never boots; "ask" (iOS) boots only when asked', async () => {
  const old = setup({}, { browser: { verdict: 'unsupported', browser: 'Safari < 16.4' } });
  await assert.rejects(old.runtime.spawn('node', ['a.js'], { cwd: 'x' }), (e: unknown) => e instanceof RuntimeUnavailableError && e.reason === 'browser' && !e.reloadToRetry);
  assert.equal(old.wc.loads, 0);
  const ios = setup({}, { browser: { verdict: 'ask', browser: 'iOS' } });
  await assert.rejects(ios.runtime.spawn('node', ['a.js'], { cwd: 'x' }), (e: unknown) => e instanceof RuntimeUnavailableError && e.reason === 'ask');
  assert.equal(ios.wc.loads, 0);
  const asked = setup({}, { browser: { verdict: 'ask', browser: 'iOS' }, forceBoot: true, localEcho: true });
  await asked.runtime.mount('x', { 'a.js': 'process.exit(0)' });
  await asked.runtime.spawn('node', ['a.js'], { cwd: 'x' });
  assert.equal(asked.wc.boots, 1);
  const firefox = setup({}, { browser: { verdict: 'preview', browser: 'Firefox', stage: 'beta' }, localEcho: true });
  await firefox.runtime.mount('x', { 'a.js': 'process.exit(0)' });
  await firefox.runtime.spawn('node', ['a.js'], { cwd: 'x' });
  assert.equal(firefox.runtime.state.status, 'ready');
});

test('mount refuses paths that leave the sandbox folder', async () => {
  const { runtime } = setup();
  await assert.rejects(runtime.mount('x', { '../evil.js': '' }), /Unsafe file path/);
  await assert.rejects(runtime.mount('/abs', { 'a.js': '' }), /Unsafe directory/);
});
