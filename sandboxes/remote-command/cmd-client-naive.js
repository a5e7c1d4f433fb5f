// The client without a header (the seed's earlier version): one recv(1024) per command.
// A reply longer than 1024 bytes is not read completely; the rest stays in the socket and
// comes out as the "reply" to the next command — 粘包 (sticky packets). Use with cmd-server.js --naive.
import net from 'node:net';
import readline from 'node:readline';
import { once } from 'node:events';

const port = Number(process.env.PORT ?? 8082);
const rl = readline.createInterface({ input: process.stdin, terminal: false });
const lines = rl[Symbol.asyncIterator]();

const client = net.connect(port, '127.0.0.1');
try {
  await once(client, 'connect');
} catch (err) {
  console.error(err.message);
  process.exit(1);
}
client.on('error', () => {});

// Like Python's client.recv(n): up to n bytes of whatever has arrived; b'' once the server has closed.
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

while (true) {
  process.stdout.write('请输入命令:');
  const { value, done } = await lines.next();
  if (done) break;
  const cmd = value.trim();
  if (cmd.length === 0) continue;
  if (cmd === 'quit') break;
  client.write(cmd);
  const res = await recv(client, 1024); // 本次接收，最大接收1024Bytes
  if (res.length === 0) {
    console.log('\n服务端断开了连接 / the server closed the connection');
    break;
  }
  console.log(res.toString('utf8')); // print(cmd_res.decode(...))
}
client.end();
rl.close();
