/**
 * The WebContainer adapter and a program panel's controller together, against the quirky fake
 * (tests/unit/webcontainer-fake.ts), rendered on a small terminal model that treats `\n` as a real
 * terminal does without conversion (down one row, same column): what a reader would see.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createWebContainerRuntime } from '../../src/runtime/webcontainer-runtime.ts';
import { createLineDiscipline } from '../../src/runtime/line-discipline.ts';
import { createProgramController, type ProgramStatus, type ProgramTerminal } from '../../src/components/sandbox/program-controller.ts';
import { fakeWebContainer, type FakeOptions } from './webcontainer-fake.ts';

/** A terminal screen: `\r` to column 0, `\n` one row down (same column), `\b` one left, text overwrites. */
function screenModel() {
  const rows: string[][] = [[]];
  let row = 0;
  let col = 0;
  let listener: ((d: string) => void) | null = null;
  const term: ProgramTerminal = {
    write(text, done) {
      for (const ch of text) {
        if (ch === '\r') col = 0;
        else if (ch === '\n') {
          row++;
          rows[row] ??= [];
        } else if (ch === '\b') col = Math.max(0, col - 1);
        else {
          const line = (rows[row] ??= []);
          while (line.length < col) line.push(' ');
          line[col++] = ch;
        }
      }
      done();
    },
    onData: (l) => {
      listener = l;
      return () => (listener = null);
    },
    onResize: () => () => {},
    size: () => ({ cols: 80, rows: 24 }),
    reset: () => {
      rows.splice(0, rows.length, []);
      row = col = 0;
    },
  };
  return {
    term,
    type: (keys: string) => {
      for (const k of keys) listener?.(k);
    },
    lines: () => rows.map((r) => r.join('').trimEnd()),
  };
}

const ECHO_SERVER = [
  "process.stdout.write('ready\\n');",
  "process.stdin.on('data', function (d) { process.stdout.write(String(d).trim().toUpperCase() + '\\n'); });",
  "process.stdin.on('end', function () { process.stdout.write('bye\\n'); process.exit(0); });",
].join('');

async function setup(fake: FakeOptions, program: string) {
  const wc = fakeWebContainer(fake);
  const runtime = createWebContainerRuntime({
    load: wc.load,
    env: { crossOriginIsolated: true, hasSharedArrayBuffer: true, supported: true },
    interruptGraceMs: 50,
  });
  const screen = screenModel();
  const statuses: ProgramStatus[] = [];
  const controller = createProgramController({
    program: { name: 'main', entry: 'main.js', args: [] },
    terminal: screen.term,
    prepare: async () => {
      await runtime.mount('s', { 'main.js': program });
      return { runtime, cwd: 's', env: {} };
    },
    lineDiscipline: createLineDiscipline,
    schedule: (cb) => setTimeout(cb, 0),
    onStatus: (s) => statuses.push(s),
  });
  await controller.run();
  return { wc, runtime, screen, controller, statuses };
}

const until = async (check: () => boolean, what: string): Promise<void> => {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > 3000) assert.fail(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
};

test('a one-shot program: its late last line is on screen when the status becomes exited, one line per row', async () => {
  const s = await setup({ lateMs: 40 }, "process.stdout.write('one\\ntwo\\n'); process.stdout.write('last line\\n'); process.exit(0)");
  await until(() => s.controller.status.kind === 'exited', 'exited');
  assert.deepEqual(s.screen.lines().slice(0, 3), ['one', 'two', 'last line']);
  assert.ok(s.screen.lines().every((l) => !/^ +\S/.test(l)), `no staircase: ${JSON.stringify(s.screen.lines())}`);
});

for (const echo of [true, false]) {
  test(`tty echo ${echo ? 'on' : 'off'}: a typed line shows exactly once, the answer comes back, Backspace edits it`, async () => {
    const s = await setup({ echo }, ECHO_SERVER);
    await until(() => s.screen.lines().includes('ready'), 'ready');
    s.screen.type('helo\x7flo\r');
    await until(() => s.screen.lines().includes('HELLO'), 'HELLO');
    const lines = s.screen.lines();
    assert.equal(lines.filter((l) => l === 'hello').length, 1, JSON.stringify(lines));
    assert.ok(lines.indexOf('hello') < lines.indexOf('HELLO'));
    assert.ok(lines.every((l) => !/^ +\S/.test(l)), `no staircase: ${JSON.stringify(lines)}`);
    // Ctrl-D ends input: `\x04` reaches the tty in either mode (line mode writes it on close).
    s.screen.type('\x04');
    await until(() => s.controller.status.kind === 'exited', 'exited');
    assert.ok(s.screen.lines().includes('bye'));
    const written = s.wc.userProcesses()[0]?.written.join('') ?? '';
    assert.ok(written.endsWith('\x04'), JSON.stringify(written));
    assert.ok(!written.includes('\r\n'), 'never \\r\\n: the tty would make two newlines of it');
  });
}

test('Ctrl-C in the terminal writes \\x03 and, when the program ignores it, stops it after the grace time', async () => {
  const s = await setup({ echo: false, ctrlC: 'ignored' }, "setInterval(function () {}, 1000); process.stdout.write('busy\\n');");
  await until(() => s.screen.lines().includes('busy'), 'busy');
  s.screen.type('\x03');
  assert.ok(s.wc.userProcesses()[0]?.written.includes('\x03'));
  await until(() => s.controller.status.kind === 'exited', 'exited');
  assert.equal(s.wc.userProcesses()[0]?.kills, 1);
});
