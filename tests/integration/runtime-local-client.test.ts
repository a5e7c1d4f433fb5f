// The browser side of the local runtime (createLocalRuntime) against the real host and real programs.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import WebSocket from 'ws';
import { createLocalRuntime, type SocketLike } from '../../src/runtime/local-runtime.ts';
import { createLineDiscipline } from '../../src/runtime/line-discipline.ts';
import type { Runtime, RuntimeProcess } from '../../src/runtime/types.ts';
import { attachRuntimeHost, type RuntimeHost } from '../../src/server/runtime-host.ts';

const MARK = `rt-client-test-${process.pid}`;
let server: Server;
let host: RuntimeHost;
let port: number;

before(async () => {
  server = createServer((_req, res) => res.writeHead(404).end());
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as { port: number }).port;
  host = attachRuntimeHost(server);
});

after(async () => {
  await host.close();
  await new Promise((resolve) => server.close(resolve));
  let leftover = '';
  try {
    leftover = execFileSync('pgrep', ['-f', MARK], { encoding: 'utf8' });
  } catch (error) {
    assert.equal((error as { status: number }).status, 1);
  }
  assert.equal(leftover, '', `processes left behind: ${leftover}`);
});

/** A runtime whose socket is a Node client sending the page's Origin, as a browser would. */
function runtime(): Runtime {
  const origin = `http://127.0.0.1:${port}`;
  return createLocalRuntime({
    url: `ws://127.0.0.1:${port}/__runtime`,
    createSocket: (url) => new WebSocket(url, { origin }) as unknown as SocketLike,
  });
}

/** Collect a process's output; `until` resolves once the text so far matches. */
function collect(proc: RuntimeProcess) {
  let text = '';
  let wake = (): void => {};
  const reader = proc.output.getReader();
  void (async () => {
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      text += value;
      wake();
    }
  })();
  return {
    get text() {
      return text;
    },
    async until(pattern: RegExp, timeoutMs = 5000): Promise<RegExpExecArray> {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const match = pattern.exec(text);
        if (match) return match;
        if (Date.now() > deadline) assert.fail(`timed out waiting for ${pattern}; got ${JSON.stringify(text)}`);
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, deadline - Date.now());
          wake = () => {
            clearTimeout(timer);
            resolve();
          };
        });
      }
    },
  };
}

const SERVER = `import net from 'node:net';
const server = net.createServer((socket) => {
  socket.setEncoding('utf8');
  socket.on('data', (data) => socket.write(data.toUpperCase()));
});
server.listen(Number(process.env.PORT), '127.0.0.1', () => console.log('listening on ' + server.address().port));
`;
const CLIENT = `import net from 'node:net';
import readline from 'node:readline';
const socket = net.connect(Number(process.env.PORT), '127.0.0.1', () => console.log('connected'));
socket.setEncoding('utf8');
socket.on('data', (data) => process.stdout.write('reply: ' + data));
readline.createInterface({ input: process.stdin })
  .on('line', (line) => socket.write(line + '\\n'))
  .on('close', () => socket.end());
`;

test('an echo server and a client started through the local runtime exchange a line', async () => {
  const rt = runtime();
  assert.equal(rt.kind, 'local');
  assert.equal(rt.localEcho, true);
  await rt.mount('echo', { 'package.json': '{"type":"module"}', 'server.js': SERVER, 'client.js': CLIENT });
  const srv = await rt.spawn('node', ['server.js', MARK], { cwd: 'echo', env: { PORT: '0' } });
  const srvOut = collect(srv);
  const listening = await srvOut.until(/listening on (\d+)\r\n/);
  const cli = await rt.spawn('node', ['client.js', MARK], { cwd: 'echo', env: { PORT: listening[1] ?? '' } });
  const cliOut = collect(cli);
  await cliOut.until(/connected/);

  // Typed through the shared line handling, as the terminal does.
  const writer = cli.input.getWriter();
  const echoed: string[] = [];
  const lines = createLineDiscipline({
    echo: rt.localEcho,
    write: (t) => echoed.push(t),
    send: (t) => void writer.write(t),
    interrupt: () => cli.kill('SIGINT'),
    endInput: () => void writer.close(),
  });
  lines.handle('hello');
  lines.handle('\r');
  await cliOut.until(/reply: HELLO\r\n/);
  assert.equal(echoed.join(''), 'hello\r\n');

  lines.handle('\x04'); // Ctrl-D: the client ends its connection and exits
  assert.equal(await cli.exit, 0);
  srv.kill();
  assert.equal(await srv.exit, 143);
});

test('a refused spawn rejects with the host message; a lost connection ends the programs', async () => {
  const rt = runtime();
  await assert.rejects(rt.spawn('node', ['x.js'], { cwd: 'missing' }), /does not exist/);
  await rt.mount('idle', { 'idle.js': 'setInterval(() => {}, 1000); console.log("up");' });
  const proc = await rt.spawn('node', ['idle.js', MARK], { cwd: 'idle' });
  const out = collect(proc);
  await out.until(/up\r\n/);
  await host.close(); // the server side goes away
  assert.equal(await proc.exit, 1);
  assert.match(out.text, /\[local runtime disconnected\]/);
  host = attachRuntimeHost(server); // for after()
});
