import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Runtime, RuntimeProcess, SpawnOptions, TerminalSize } from '../../src/runtime/types.ts';
import {
  createProgramController,
  type LineDisciplineHooks,
  type ProgramStatus,
  type ProgramTerminal,
} from '../../src/components/sandbox/program-controller.ts';

/** A process whose output, input and exit the test controls. */
function fakeProcess() {
  let emit!: ReadableStreamDefaultController<string>;
  let finish!: (code: number) => void;
  const input: string[] = [];
  const signals: string[] = [];
  let inputClosed = false;
  const proc: RuntimeProcess = {
    output: new ReadableStream<string>({ start: (c) => void (emit = c) }),
    input: new WritableStream<string>({
      write: (chunk) => void input.push(chunk),
      close: () => void (inputClosed = true),
    }),
    // The contract: output closes once the program ended and everything it printed was delivered.
    exit: new Promise<number>((resolve) => (finish = (code) => {
      try {
        emit.close();
      } catch {
        /* closed already */
      }
      resolve(code);
    })),
    kill: (signal = 'SIGTERM') => {
      signals.push(signal);
      queueMicrotask(() => finish(signal === 'SIGINT' ? 130 : 143));
    },
    resize: () => {},
  };
  return {
    proc,
    input,
    signals,
    print: (text: string) => {
      try {
        emit.enqueue(text);
      } catch {
        /* after exit the stream is closed: nothing more can be printed */
      }
    },
    exit: (code: number) => finish(code),
    inputClosed: () => inputClosed,
  };
}

function fakeRuntime(spawnError?: Error) {
  const spawned: Array<{ args: string[]; options: SpawnOptions; fake: ReturnType<typeof fakeProcess> }> = [];
  const runtime: Runtime = {
    kind: 'local',
    localEcho: true,
    mount: async () => {},
    spawn: async (_cmd, args, options) => {
      if (spawnError) throw spawnError;
      const fake = fakeProcess();
      spawned.push({ args, options, fake });
      return fake.proc;
    },
  };
  return { runtime, spawned };
}

function fakeTerminal() {
  const screen: string[] = [];
  let dataListener: ((d: string) => void) | null = null;
  const term: ProgramTerminal & { screen: string[]; type(d: string): void } = {
    screen,
    write: (text, done) => {
      screen.push(text);
      done();
    },
    onData: (l) => {
      dataListener = l;
      return () => (dataListener = null);
    },
    onResize: () => () => {},
    size: (): TerminalSize => ({ cols: 80, rows: 24 }),
    reset: () => void screen.splice(0),
    type: (d) => dataListener?.(d),
  };
  return term;
}

/** A line discipline reduced to what the controller relies on: whole lines are sent, Ctrl-C interrupts. */
function simpleDiscipline(hooks: LineDisciplineHooks) {
  let line = '';
  return {
    handle(data: string) {
      if (data === '\x03') return hooks.interrupt();
      if (data === '\x04') return hooks.endInput();
      if (hooks.echo) hooks.write(data === '\r' ? '\r\n' : data);
      if (data === '\r') {
        hooks.send(`${line}\n`);
        line = '';
      } else line += data;
    },
    reset() {
      line = '';
    },
  };
}

function setup(spawnError?: Error) {
  const { runtime, spawned } = fakeRuntime(spawnError);
  const terminal = fakeTerminal();
  const frames: Array<() => void> = [];
  const statuses: ProgramStatus[] = [];
  const controller = createProgramController({
    program: { name: 'client', entry: 'client.js', args: ['--x'] },
    terminal,
    prepare: async () => ({ runtime, cwd: 'tcp-echo', env: { PORT: '4000' } }),
    lineDiscipline: simpleDiscipline,
    schedule: (cb) => void frames.push(cb),
    onStatus: (s) => void statuses.push(s),
  });
  const drawFrames = (): void => {
    while (frames.length) frames.shift()?.();
  };
  return { controller, spawned, terminal, statuses, drawFrames };
}

const tick = () => new Promise((r) => setTimeout(r, 0));

test('run spawns the entry with its args, cwd and PORT, and goes starting → running', async () => {
  const s = setup();
  await s.controller.run();
  assert.deepEqual(s.statuses.map((x) => x.kind), ['starting', 'running']);
  const [first] = s.spawned;
  assert.ok(first);
  assert.deepEqual(first.args, ['client.js', '--x']);
  assert.equal(first.options.cwd, 'tcp-echo');
  assert.deepEqual(first.options.env, { PORT: '4000' });
  assert.deepEqual(first.options.terminal, { cols: 80, rows: 24 });
});

test('output reaches the terminal in frames; typed lines reach stdin; echo follows the runtime', async () => {
  const s = setup();
  await s.controller.run();
  const p = s.spawned[0]!.fake;
  p.print('> ');
  await tick();
  assert.equal(s.terminal.screen.join(''), '', 'nothing before a frame');
  s.drawFrames();
  assert.equal(s.terminal.screen.join(''), '> ');
  for (const ch of 'hi\r') s.terminal.type(ch);
  await tick();
  assert.deepEqual(p.input, ['hi\n']);
  s.drawFrames();
  assert.equal(s.terminal.screen.join(''), '> hi\r\n');
});

test('stop sends SIGTERM and the status becomes exited with the code', async () => {
  const s = setup();
  await s.controller.run();
  await s.controller.stop();
  assert.deepEqual(s.spawned[0]!.fake.signals, ['SIGTERM']);
  assert.deepEqual(s.controller.status, { kind: 'exited', code: 143 });
  assert.equal(s.controller.isActive(), false);
});

test('a program that ends by itself shows its exit code; Ctrl-C interrupts and Ctrl-D closes stdin', async () => {
  const s = setup();
  await s.controller.run();
  s.terminal.type('\x04');
  await tick();
  assert.equal(s.spawned[0]!.fake.inputClosed(), true);
  s.spawned[0]!.fake.exit(0);
  await tick();
  assert.deepEqual(s.controller.status, { kind: 'exited', code: 0 });

  await s.controller.run();
  s.terminal.type('\x03');
  await tick();
  assert.deepEqual(s.spawned[1]!.fake.signals, ['SIGINT']);
  assert.deepEqual(s.controller.status, { kind: 'exited', code: 130 });
});

test('restart stops the old process, clears the screen and starts a new one; old output is dropped', async () => {
  const s = setup();
  await s.controller.run();
  const old = s.spawned[0]!.fake;
  old.print('old\n');
  await tick();
  s.drawFrames();
  await s.controller.restart();
  old.print('late\n');
  s.spawned[1]!.fake.print('new\n');
  await tick();
  s.drawFrames();
  assert.equal(s.spawned.length, 2);
  assert.equal(s.terminal.screen.join(''), 'new\n');
  assert.equal(s.controller.status.kind, 'running');
});

test('run while running does nothing; a spawn error ends in failed with the error', async () => {
  const s = setup();
  await s.controller.run();
  await s.controller.run();
  assert.equal(s.spawned.length, 1);

  const boom = new Error('cannot start');
  const f = setup(boom);
  await f.controller.run();
  assert.deepEqual(f.statuses.map((x) => x.kind), ['starting', 'failed']);
  const last = f.statuses.at(-1);
  assert.ok(last?.kind === 'failed' && last.error === boom);
});

test('stop while starting abandons the start and kills the process if it still appears', async () => {
  const { runtime, spawned } = fakeRuntime();
  let release!: () => void;
  const gate = new Promise<void>((r) => (release = r));
  const statuses: string[] = [];
  const c = createProgramController({
    program: { name: 'server', entry: 'server.js', args: [] },
    terminal: fakeTerminal(),
    prepare: async () => {
      await gate;
      return { runtime, cwd: 'x', env: {} };
    },
    lineDiscipline: simpleDiscipline,
    schedule: () => {},
    onStatus: (st) => void statuses.push(st.kind),
  });
  const running = c.run();
  await c.stop();
  release();
  await running;
  assert.deepEqual(statuses, ['starting', 'idle']);
  assert.equal(spawned.length, 0, 'prepare finished after stop: nothing spawned');
});
