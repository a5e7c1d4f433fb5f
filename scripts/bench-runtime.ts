/**
 * Spawn-to-first-output on the local runtime: `node scripts/bench-runtime.ts [runs]` (default 20).
 * Starts a loopback server with the runtime host, drives it through the browser client
 * (createLocalRuntime) over a real WebSocket, and prints the median and max in milliseconds.
 */
import { createServer } from 'node:http';
import { performance } from 'node:perf_hooks';
import WebSocket from 'ws';
import { createLocalRuntime, type SocketLike } from '../src/runtime/local-runtime.ts';
import { attachRuntimeHost } from '../src/server/runtime-host.ts';

const runs = Number(process.argv[2] ?? 20);
const server = createServer((_req, res) => res.writeHead(404).end());
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const { port } = server.address() as { port: number };
const host = attachRuntimeHost(server);
const runtime = createLocalRuntime({
  url: `ws://127.0.0.1:${port}/__runtime`,
  createSocket: (url) => new WebSocket(url, { origin: `http://127.0.0.1:${port}` }) as unknown as SocketLike,
});

await runtime.mount('bench', { 'package.json': '{"type":"module"}', 'main.js': "console.log('hello');\n" });
const times: number[] = [];
for (let i = 0; i < runs; i++) {
  const start = performance.now();
  const proc = await runtime.spawn('node', ['main.js'], { cwd: 'bench', env: { PORT: '0' } });
  await proc.output.getReader().read();
  times.push(performance.now() - start);
  await proc.exit;
}
await host.close();
server.close();

times.sort((a, b) => a - b);
const median = times.length % 2 ? times[(times.length - 1) / 2]! : (times[times.length / 2 - 1]! + times[times.length / 2]!) / 2;
console.log(`local runtime, spawn → first output, ${runs} runs: median ${median.toFixed(1)} ms, max ${times.at(-1)!.toFixed(1)} ms`);
console.log(`all (sorted): ${times.map((t) => t.toFixed(0)).join(' ')}`);
