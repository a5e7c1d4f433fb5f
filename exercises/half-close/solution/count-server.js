// 练习：半关闭 (half-close). A client sends data in several pieces, then closes its sending side
// (its FIN). The server must count every byte it received and only then answer `<n> bytes`
// and close its own side.
import net from 'node:net';

const port = Number(process.env.PORT ?? 8080);

// allowHalfOpen: the client's FIN closes only its direction; ours stays open until we end it.
const server = net.createServer({ allowHalfOpen: true }, (conn) => {
  let count = 0;
  conn.on('data', (chunk) => {
    count += chunk.length;
  });
  conn.on('end', () => conn.end(`${count} bytes\n`)); // 'end' = the client's FIN arrived
  conn.on('error', () => {});
});
server.listen(port, '127.0.0.1', () => console.log(`listening on 127.0.0.1:${port}`));
