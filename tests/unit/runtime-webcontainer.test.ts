import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  createWebContainerRuntime,
  type WebContainerApiModule,
  type WebContainerLike,
  type WebContainerProcessLike,
} from '../../src/runtime/webcontainer-runtime.ts';
import { RuntimeUnavailableError, type BootEnvironment, type BootState } from '../../src/runtime/boot-state.ts';
import type { FileTree } from '../../src/runtime/file-tree.ts';

const GOOD_ENV: BootEnvironment = { crossOriginIsolated: true, hasSharedArrayBuffer: true, supported: true };

/** A hand-written fake of the WebContainer API subset: a flat file system and recorded spawns. */
function fakeWebContainer(boot: 'ok' | 'never' | 'reject' = 'ok') {
  const files = new Map<string, string>();
  const spawns: { command: string; args: string[]; options: Parameters<WebContainerLike['spawn']>[2] }[] = [];
  const processes: { kills: number; input: string[] }[] = [];
  let boots = 0;
  let loads = 0;
  const layOut = (tree: FileTree, prefix: string): void => {
    for (const [name, node] of Object.entries(tree)) {
      if ('directory' in node) layOut(node.directory, `${prefix}${name}/`);
      else files.set(prefix + name, node.file.contents);
    }
  };
  const wc: WebContainerLike = {
    async mount(tree) {
      layOut(tree, '');
    },
    async spawn(command, args, options) {
      spawns.push({ command, args, options });
      const record = { kills: 0, input: [] as string[] };
      processes.push(record);
      let exited!: (code: number) => void;
      const proc: WebContainerProcessLike = {
        output: new ReadableStream<string>({ start: (c) => c.enqueue('ready\r\n') }),
        input: new WritableStream<string>({ write: (chunk) => void record.input.push(chunk) }),
        exit: new Promise<number>((resolve) => (exited = resolve)),
        kill: () => {
          record.kills++;
          exited(143);
        },
        resize: () => {},
      };
      return proc;
    },
  };
  const api: WebContainerApiModule = {
    WebContainer: {
      boot() {
        boots++;
        if (boot === 'never') return new Promise(() => {});
        if (boot === 'reject') return Promise.reject(new Error('iframe blocked'));
        return Promise.resolve(wc);
      },
    },
  };
  return {
    load: async () => {
      loads++;
      return api;
    },
    files,
    spawns,
    processes,
    get boots() {
      return boots;
    },
    get loads() {
      return loads;
    },
  };
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
  const fake = fakeWebContainer();
  const runtime = createWebContainerRuntime({ load: fake.load, env: GOOD_ENV });
  await runtime.mount('tcp-echo', { 'server.js': 'srv', 'package.json': '{"type":"module"}', 'lib/frame.js': 'f' });
  assert.equal(fake.loads, 0, 'the API is not even loaded by a mount');
  assert.equal(runtime.state.status, 'idle');
  await runtime.spawn('node', ['server.js'], { cwd: 'tcp-echo' });
  await runtime.mount('tcp-echo', { 'server.js': 'edited' });
  assert.deepEqual(Object.fromEntries(fake.files), {
    'tcp-echo/server.js': 'edited',
    'tcp-echo/package.json': '{"type":"module"}',
    'tcp-echo/lib/frame.js': 'f',
  });
});

test('spawn passes command, args, cwd, PORT and the terminal size', async () => {
  const fake = fakeWebContainer();
  const runtime = createWebContainerRuntime({ load: fake.load, env: GOOD_ENV });
  const proc = await runtime.spawn('node', ['client.js', '--name', 'a'], {
    cwd: 'tcp-echo',
    env: { PORT: '8080', DEMO_TIME_SCALE: '0.1' },
    terminal: { cols: 80, rows: 24 },
  });
  assert.deepEqual(fake.spawns, [
    {
      command: 'node',
      args: ['client.js', '--name', 'a'],
      options: { cwd: 'tcp-echo', env: { PORT: '8080', DEMO_TIME_SCALE: '0.1' }, terminal: { cols: 80, rows: 24 } },
    },
  ]);
  const { value } = await proc.output.getReader().read();
  assert.equal(value, 'ready\r\n');
  assert.equal(runtime.state.status, 'ready');
});

test('kill reaches the process (SIGTERM and SIGINT both), and closing input sends end-of-file', async () => {
  const fake = fakeWebContainer();
  const runtime = createWebContainerRuntime({ load: fake.load, env: GOOD_ENV });
  const a = await runtime.spawn('node', ['a.js'], { cwd: 'x' });
  const b = await runtime.spawn('node', ['b.js'], { cwd: 'x' });
  const writer = a.input.getWriter();
  await writer.write('hello\n');
  await writer.close();
  a.kill();
  b.kill('SIGINT');
  assert.equal(await a.exit, 143);
  assert.deepEqual(
    fake.processes.map((p) => p.kills),
    [1, 1],
  );
  assert.deepEqual(fake.processes[0]?.input, ['hello\n', '\x04']);
});

test('boot is called at most once per page, however many spawns and mounts race', async () => {
  const fake = fakeWebContainer();
  const runtime = createWebContainerRuntime({ load: fake.load, env: GOOD_ENV });
  await Promise.all([
    runtime.spawn('node', ['a.js'], { cwd: 'x' }),
    runtime.spawn('node', ['b.js'], { cwd: 'x' }),
    runtime.mount('y', { 'c.js': '' }),
  ]);
  await runtime.spawn('node', ['c.js'], { cwd: 'y' });
  assert.equal(fake.boots, 1);
});

test('a boot that never settles ends in failed/timeout, and is not attempted again', async () => {
  const fake = fakeWebContainer('never');
  const runtime = createWebContainerRuntime({ load: fake.load, env: GOOD_ENV, bootTimeoutMs: 30 });
  const seen: string[] = [];
  runtime.onStateChange((s) => seen.push(s.status));
  const failed = nextState(runtime, 'failed');
  await assert.rejects(runtime.spawn('node', ['a.js'], { cwd: 'x' }), (error: unknown) => {
    assert.ok(error instanceof RuntimeUnavailableError);
    assert.equal(error.reason, 'timeout');
    return true;
  });
  const state = await failed;
  assert.deepEqual(seen, ['booting', 'failed']);
  assert.equal(state.status === 'failed' && state.reason, 'timeout');
  assert.equal(state.status === 'failed' && state.reloadToRetry, true, 'the state says a reload is needed');
  await assert.rejects(runtime.spawn('node', ['a.js'], { cwd: 'x' }), RuntimeUnavailableError);
  await assert.rejects(runtime.mount('x', { 'a.js': '' }), RuntimeUnavailableError);
  assert.equal(fake.boots, 1, 'no second boot() call');
});

test('a boot that rejects ends in failed/error with its message', async () => {
  const fake = fakeWebContainer('reject');
  const runtime = createWebContainerRuntime({ load: fake.load, env: GOOD_ENV });
  await assert.rejects(runtime.spawn('node', ['a.js'], { cwd: 'x' }), /iframe blocked/);
  assert.equal(runtime.state.status === 'failed' && runtime.state.reason, 'error');
});

for (const [name, env, reason] of [
  ['an unsupported browser', { crossOriginIsolated: true, hasSharedArrayBuffer: true, supported: false }, 'unsupported'],
  ['a page that is not isolated', { crossOriginIsolated: false, hasSharedArrayBuffer: false, supported: true }, 'not-isolated'],
  ['an isolated page without SharedArrayBuffer', { crossOriginIsolated: true, hasSharedArrayBuffer: false, supported: true }, 'unsupported'],
] as const) {
  test(`${name} ends in failed/${reason} without calling boot`, async () => {
    const fake = fakeWebContainer();
    const runtime = createWebContainerRuntime({ load: fake.load, env });
    await assert.rejects(runtime.spawn('node', ['a.js'], { cwd: 'x' }), (error: unknown) => {
      assert.ok(error instanceof RuntimeUnavailableError);
      assert.equal(error.reason, reason);
      return true;
    });
    assert.equal(runtime.state.status === 'failed' && runtime.state.reason, reason);
    assert.equal(fake.boots, 0);
    assert.equal(fake.loads, 0);
  });
}

test('mount refuses paths that leave the sandbox folder', async () => {
  const runtime = createWebContainerRuntime({ load: fakeWebContainer().load, env: GOOD_ENV });
  await assert.rejects(runtime.mount('x', { '../evil.js': '' }), /Unsafe file path/);
  await assert.rejects(runtime.mount('/abs', { 'a.js': '' }), /Unsafe directory/);
});
