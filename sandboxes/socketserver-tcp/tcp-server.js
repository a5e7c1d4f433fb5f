// socketserver, TCP (B9): ThreadingTCPServer runs handle() in a new thread for every connection.
// Node has one thread: net.createServer calls handle() for every connection, and each socket's
// 'data' events replace the blocking recv() loop — every client is served at once (异步非阻塞).
import net from 'node:net';

const port = Number(process.env.PORT ?? 8080);

function asciiUpper(buf) {
  const out = Buffer.from(buf);
  for (let i = 0; i < out.length; i++) if (out[i] >= 0x61 && out[i] <= 0x7a) out[i] -= 32;
  return out;
}

// MyRequestHandle.handle(): `conn` is self.request, (remoteAddress, remotePort) is self.client_address;
// the two lines print them the way Python's print() shows them (shortened), with no prefix.
function handle(conn) {
  console.log(`<socket laddr=('${conn.localAddress}', ${conn.localPort}) raddr=('${conn.remoteAddress}', ${conn.remotePort})>`); // print(self.request)
  console.log(`('${conn.remoteAddress}', ${conn.remotePort})`); // print(self.client_address)
  conn.on('data', (msg) => {
    if (msg.toString('utf8') === 'quit') return conn.end();
    conn.write(asciiUpper(msg)); // self.request.send(msg.upper())
  });
  conn.on('error', () => {}); // except Exception: break
}

const server = net.createServer(handle);
server.on('error', (err) => {
  console.error(`${err.message} (端口被占用? port in use? try PORT=...)`);
  process.exit(1);
});
server.listen({ port, host: '127.0.0.1' }, () => console.log(`listening on 127.0.0.1:${port}`)); // s.serve_forever()
