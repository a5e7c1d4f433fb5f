// 粘包 cause 1: TCP is a byte stream, it keeps no message boundaries.
// The client sends "hello" and, 50 ms later, "world"; the server only calls recv(1024) after
// 200 ms — and gets both sends in one piece. 两次 send, 一次 recv.
import net from 'node:net';
import { once } from 'node:events';

const port = Number(process.env.PORT ?? 8081);
const scale = Number(process.env.DEMO_TIME_SCALE ?? 1);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms * scale));

// Like Python's conn.recv(n): up to n bytes of whatever has arrived; b'' once the peer has closed.
function recv(sock, n) {
  return new Promise((resolve) => {
    const finish = (buf) => { sock.off('readable', onReadable); sock.off('end', onEnd); sock.off('close', onEnd); resolve(buf); };
    const onEnd = () => finish(Buffer.alloc(0));
    const onReadable = () => {
      if (sock.readableLength > 0) finish(sock.read(Math.min(n, sock.readableLength)));
      else sock.read(); // nothing buffered: this read notices the end of the stream
    };
    if (sock.readableEnded || sock.destroyed) return resolve(Buffer.alloc(0));
    sock.on('readable', onReadable);
    sock.on('end', onEnd);
    sock.on('close', onEnd); // a reset (ECONNRESET) ends the stream without 'end'
    if (sock.readableLength > 0) onReadable();
  });
}

const server = net.createServer();
server.listen(port, '127.0.0.1');
await once(server, 'listening');
const accepted = once(server, 'connection');

// client: two separate sends, then close
const client = net.connect(port, '127.0.0.1');
await once(client, 'connect');
const [conn] = await accepted;
client.write('hello');
console.log('client send: "hello"');
await sleep(50);
client.write('world');
console.log('client send: "world"');
client.end();
console.log('client: close');

// server: busy for 200 ms before its first recv
await sleep(200);
const first = await recv(conn, 1024);
console.log(`first recv: "${first}"`);
const second = await recv(conn, 1024);
console.log(`second recv: "${second}" ${second.length}`);
console.log('两次 send，一次 recv：TCP 是字节流，没有消息边界 / two sends, one recv: TCP is a byte stream with no message boundaries');
server.close();
