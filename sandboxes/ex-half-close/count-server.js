// 练习：半关闭 (half-close). A client sends data in several pieces, then closes its sending side
// (its FIN). The server must count every byte it received and only then answer `<n> bytes`
// and close its own side. This version answers after the first piece and hangs up at once.
import net from 'node:net';

const port = Number(process.env.PORT ?? 8080);

const server = net.createServer((conn) => {
  conn.on('data', (chunk) => {
    conn.end(`${chunk.length} bytes\n`);
  });
  conn.on('error', () => {});
});
server.listen(port, '127.0.0.1', () => console.log(`listening on 127.0.0.1:${port}`));
