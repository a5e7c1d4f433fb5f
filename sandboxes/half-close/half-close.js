// 四次挥手: each direction of a TCP connection is closed on its own (half-close).
// The client sends "hello" and its FIN; the server can still send afterwards, then sends its own FIN.
// One program holds both ends; the steps run one after the other so the order of lines is fixed.
import net from 'node:net';
import { once } from 'node:events';

const port = Number(process.env.PORT ?? 8080);

// Everything the peer sends until its FIN (end of stream).
async function readAll(sock) {
  let text = '';
  sock.on('data', (d) => { text += d; });
  await once(sock, 'end');
  return text;
}

// allowHalfOpen: do not close our side automatically when the peer's FIN arrives
const server = net.createServer({ allowHalfOpen: true });
server.listen(port, '127.0.0.1');
await once(server, 'listening');

const accepted = once(server, 'connection');
const client = net.connect({ port, host: '127.0.0.1', allowHalfOpen: true });
await once(client, 'connect'); // SYN, SYN+ACK, ACK
console.log('client: connected (three-way handshake done)');

const [conn] = await accepted;
const connClosed = once(conn, 'close');
const serverReceived = readAll(conn);
const clientReceived = readAll(client);

client.end('hello'); // data, then FIN: "I have nothing more to send"
console.log(`server got: ${await serverReceived}`);
console.log('server: client sent FIN, but I can still send');

conn.end('last words from server'); // the other direction is still open: data, then our FIN
console.log(`client got after its own FIN: ${await clientReceived}`);
console.log('client: server sent FIN');

await connClosed;
console.log('server: connection fully closed');
server.close();
