/**
 * The runtime-agnostic scenario runner against a scripted runtime that behaves like a WebContainer's
 * tty (echo of typed lines, `\r\n` line ends, colour codes, output that never closes, a `close()`
 * that does nothing) or like the local runtime (`\r\n`, no echo): the matchers see the same lines.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Runtime, RuntimeProcess, SpawnOptions } from '../../src/runtime/types.ts';
import { runScenarioOn } from '../../src/sandbox/scenario-core.ts';
import { scenarioSchema } from '../../src/sandbox/schema.ts';
import { createEchoFilter, createOutputNormaliser } from '../../src/sandbox/scenario-output.ts';

interface FakeOptions {
  kind: 'webcontainer' | 'local';
  /** The runtime's tty echoes typed input into the output. */
  echo: boolean;
  /** Output stays open after the exit (WebContainers). */
  outputNeverCloses: boolean;
}

/** A fake "upper-case echo" program: prints a prompt, answers each line in capitals, ends on `quit` or EOF. */
function fakeRuntime(opts: FakeOptions): Runtime & { spawned: { args: string[]; options: SpawnOptions }[]; mounted: Record<string, string>[]; killed: string[] } {
  const spawned: { args: string[]; options: SpawnOptions }[] = [];
  const mounted: Record<string, string>[] = [];
  const killed: string[] = [];
  return {
    kind: opts.kind,
    localEcho: !opts.echo,
    spawned, mounted, killed,
    async mount(_dir, files) { mounted.push(files); },
    async spawn(_command, args, options) {
      spawned.push({ args, options });
      let out!: ReadableStreamDefaultController<string>;
      let end!: (code: number) => void;
      const exit = new Promise<number>((r) => { end = r; });
      let done = false;
      const stop = (code: number, last: string) => {
        if (done) return;
        done = true;
        end(code);
        // Output printed just before the exit arrives after it, as WebContainers deliver it.
        setTimeout(() => { out.enqueue(last); if (!opts.outputNeverCloses) out.close(); }, 5);
      };
      const output = new ReadableStream<string>({ start: (c) => { out = c; c.enqueue(`\x1b[32mready on ${options.env?.['PORT']}\x1b[0m\r\n> `); } });
      let buffered = '';
      const input = new WritableStream<string>({
        write(text) {
          if (opts.echo) out.enqueue(text.replace(/\n/g, '\r\n'));
          if (text === '\x04') return stop(0, 'bye (eof)\r\n');
          buffered += text;
          for (let nl = buffered.indexOf('\n'); nl >= 0; nl = buffered.indexOf('\n')) {
            const line = buffered.slice(0, nl);
            buffered = buffered.slice(nl + 1);
            if (line === 'quit') return stop(0, 'bye');
            out.enqueue(`${line.toUpperCase()}\r`);
            out.enqueue('\n> ');
          }
        },
        close() { if (opts.kind === 'local') stop(0, 'bye (eof)\r\n'); },
      });
      const proc: RuntimeProcess = {
        output, input, exit,
        kill: (signal) => { killed.push(signal ?? 'SIGTERM'); stop(143, ''); },
        resize: () => {},
      };
      return proc;
    },
  };
}

const scenario = scenarioSchema.parse({
  name: 'upper',
  prompts: ['> '],
  steps: [
    { start: 'main' },
    { waitFor: 'main', text: 'ready on' },
    { type: 'main', line: 'hello' },
    { waitFor: 'main', text: 'HELLO' },
    { type: 'main', line: 'quit' },
    { waitExit: 'main', code: 0 },
  ],
  expect: [{ of: 'main', lines: ['ready on <PORT>', 'HELLO', 'bye'] }],
});
const programs = [{ name: 'main', entry: 'main.js', args: ['--x'] }];

for (const echo of [true, false]) {
  test(`a tty runtime (echo ${echo ? 'on' : 'off'}, output never closes): same lines as a pipe, typed lines not doubled`, async () => {
    const runtime = fakeRuntime({ kind: 'webcontainer', echo, outputNeverCloses: true });
    const { failures, recording } = await runScenarioOn({ runtime, sandboxId: 'fake', programs, files: { 'main.js': '' }, scenario, port: 23456, settleMs: 50 });
    assert.deepEqual(failures, []);
    assert.equal(recording.instances[0]?.output, 'ready on 23456\n> HELLO\n> bye');
    assert.deepEqual(runtime.spawned[0]?.args, ['main.js', '--x']);
    assert.equal(runtime.spawned[0]?.options.env?.['PORT'], '23456');
    assert.equal(runtime.mounted[0]?.['package.json'], '{"type":"module"}\n');
  });
}

test('expected vs actual lines are reported when output differs', async () => {
  const runtime = fakeRuntime({ kind: 'local', echo: false, outputNeverCloses: false });
  const bad = scenarioSchema.parse({ ...scenario, expect: [{ of: 'main', lines: ['ready on <PORT>', 'HELLO!', 'bye'] }] });
  const { failures } = await runScenarioOn({ runtime, sandboxId: 'fake', programs, files: {}, scenario: bad, port: 23457 });
  assert.equal(failures.length, 1);
  assert.match(failures[0] ?? '', /line 2 differs \(expected HELLO!\)[\s\S]*expected:[\s\S]*HELLO![\s\S]*got:[\s\S]*\| HELLO\n/);
});

test('endInput on a WebContainer sends Ctrl-D, since closing its input does nothing', async () => {
  const runtime = fakeRuntime({ kind: 'webcontainer', echo: true, outputNeverCloses: true });
  const eof = scenarioSchema.parse({
    name: 'eof', prompts: ['> '],
    steps: [{ start: 'main' }, { waitFor: 'main', text: '> ' }, { endInput: 'main' }, { waitExit: 'main' }],
    expect: [{ of: 'main', includes: ['bye (eof)'] }],
  });
  const { failures } = await runScenarioOn({ runtime, sandboxId: 'fake', programs, files: {}, scenario: eof, port: 23458, settleMs: 50 });
  assert.deepEqual(failures, []);
});

test('a program still running at the end is stopped (SIGTERM, then SIGKILL); a timeout names the step', async () => {
  const runtime = fakeRuntime({ kind: 'local', echo: false, outputNeverCloses: false });
  const hang = scenarioSchema.parse({ name: 'hang', timeoutMs: 200, steps: [{ start: 'main' }, { waitFor: 'main', text: 'never' }] });
  const { failures } = await runScenarioOn({ runtime, sandboxId: 'fake', programs, files: {}, scenario: hang, port: 23459 });
  assert.match(failures.join('\n'), /timed out after 200 ms waiting for "never" from "main"/);
  assert.deepEqual(runtime.killed, ['SIGTERM', 'SIGKILL']);
});

test('the output normaliser handles `\\r\\n` and escape sequences split across chunks', () => {
  const n = createOutputNormaliser();
  assert.equal(n('a\r') + n('\nb\x1b[3') + n('1mc\x1b[0m\r\n') + n('', true), 'a\nbc\n');
  assert.equal(createOutputNormaliser()('x\r', true), 'x\r');
});

test('the echo filter drops an echo and keeps output when no echo comes', () => {
  const f = createEchoFilter(true);
  f.typed('hi\n');
  assert.equal(f.filter('h') + f.filter('i\nHI\n'), 'HI\n');
  f.typed('yo\n');
  assert.equal(f.filter('YO\n'), 'YO\n');
  assert.equal(f.filter('yo\n'), 'yo\n', 'a later identical line is output, not echo');
});
