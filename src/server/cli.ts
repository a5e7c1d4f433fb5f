/**
 * Serve a built site: `node src/server/cli.ts [--dir dist] [--port 4321] [--base /] [--no-isolation] [--no-runtime]`.
 * Prints `live-sockets: <url>` once listening; stops cleanly (and stops every program it started) on SIGINT/SIGTERM.
 */
import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { createStaticServer, listenOnLoopback } from './static-server.ts';
import { normaliseBase } from './static-paths.ts';

const { values } = parseArgs({
  options: {
    dir: { type: 'string', default: 'dist' },
    port: { type: 'string', default: process.env['PORT'] ?? '4321' },
    base: { type: 'string', default: '/' },
    'no-isolation': { type: 'boolean', default: false },
    'no-runtime': { type: 'boolean', default: false },
  },
});

const base = normaliseBase(values.base);
const server = createStaticServer({
  root: resolve(values.dir),
  base,
  isolation: !values['no-isolation'],
  runtime: !values['no-runtime'],
});
const port = await listenOnLoopback(server, Number(values.port));
const url = `http://127.0.0.1:${port}${base}`;
console.log(`live-sockets: ${url}`);
if (!values['no-runtime']) {
  console.log('本机运行时已开启：示例程序会在你的电脑上运行。 / Local runtime on: examples run on this machine.');
}

let stopping = false;
const stop = async (): Promise<void> => {
  if (stopping) return;
  stopping = true;
  await server.closeRuntime?.();
  server.closeAllConnections();
  server.close(() => process.exit(0));
};
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
