/**
 * UDP sandboxes started where UDP is missing (a WebContainer) print a bilingual notice and exit 2
 * instead of a stack trace. The missing UDP is simulated with a preloaded module (NODE_OPTIONS
 * --import) that breaks node:dgram the two ways it can fail: createSocket throws, or the socket
 * emits an 'error' later (bind/send).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { loadSandbox, runScenario, SANDBOXES_DIR } from '../../src/sandbox/scenario-runner.ts';
import { scenarioSchema } from '../../src/sandbox/schema.ts';

const BREAK_SYNC = `import dgram from 'node:dgram';
dgram.createSocket = () => { throw new TypeError('this[owner_symbol].getAsyncId is not a function'); };`;
const BREAK_ASYNC = `import dgram from 'node:dgram';
const real = dgram.createSocket;
dgram.createSocket = (...args) => {
  const sock = real(...args);
  sock.bind = sock.send = () => { process.nextTick(() => sock.emit('error', new TypeError('getAsyncId is not a function'))); };
  return sock;
};`;
const preload = (code: string) => `--import=data:text/javascript,${encodeURIComponent(code)}`;

const cases = [
  ['udp-hello', 'server'], ['udp-hello', 'client'], ['socketserver-udp', 'server'], ['socketserver-udp', 'client'],
] as const;

for (const [id, program] of cases) {
  for (const [how, code] of [['createSocket throws', BREAK_SYNC], ['an async error event', BREAK_ASYNC]] as const) {
    test(`${id} › ${program} without UDP (${how}): notice, exit 2, no stack trace`, async () => {
      const sb = await loadSandbox(join(SANDBOXES_DIR, id));
      const scenario = scenarioSchema.parse({
        name: 'no UDP',
        env: { NODE_OPTIONS: preload(code) },
        steps: [{ start: program }, { waitExit: program, code: 2 }],
        expect: [{
          of: program,
          lines: ['UDP 在浏览器运行时中不可用 / UDP is not available in the browser runtime — 请在本地运行 / run it locally (npm start)',
            '/^\\(.*getAsyncId is not a function\\)$/'],
        }],
      });
      const { failures } = await runScenario(sb, scenario);
      assert.deepEqual(failures, []);
    });
  }
}
