// Two clients at once: A connects and sends "a", then B connects and sends "b"; A leaves after 1 s.
// Against a server that serves every client at once, B's reply comes at once;
// against a one-client-at-a-time server (page 3, tcp-server.js --serial) B waits for A to leave.
import net from 'node:net';
import { once } from 'node:events';

const port = Number(process.env.PORT ?? 8080);
const scale = Number(process.env.DEMO_TIME_SCALE ?? 1);
const leaveAfter = 1000 * scale; // A stays this long
const seconds = `${leaveAfter / 1000}s`;

async function connect(name) {
  const sock = net.connect(port, '127.0.0.1');
  try {
    await once(sock, 'connect');
  } catch (err) {
    console.error(`${name}: ${err.message}`);
    process.exit(1);
  }
  return sock;
}

const a = await connect('A');
a.write('a');
const [replyA] = await once(a, 'data');
console.log(`A got ${replyA} fast`);

const b = await connect('B');
const sent = performance.now();
b.write('b');
setTimeout(() => a.end(), leaveAfter); // A leaves
const [replyB] = await once(b, 'data');
const waited = performance.now() - sent >= leaveAfter;
console.log(`B got ${replyB} after ${waited ? `>=${seconds} (waited for A)` : `<${seconds} (concurrent)`}`);
b.end();
