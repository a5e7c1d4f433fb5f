// 练习：每个连接各自的状态 (state per connection), as socketserver gives each request its own
// handler object. The server answers every line with `<n>: <line>`, where n counts the lines
// of THAT client. This version counts every client's lines together.
import net from 'node:net';

const port = Number(process.env.PORT ?? 8080);

let count = 0; // 所有客户端共用这一个计数 (one count shared by every client)

const server = net.createServer((conn) => {
  let rest = '';
  conn.on('data', (data) => {
    rest += data.toString('utf8');
    for (let i = rest.indexOf('\n'); i >= 0; i = rest.indexOf('\n')) {
      const line = rest.slice(0, i);
      rest = rest.slice(i + 1);
      count += 1;
      conn.write(`${count}: ${line}\n`);
    }
  });
  conn.on('error', () => {});
});
server.listen(port, '127.0.0.1', () => console.log(`listening on 127.0.0.1:${port}`));
