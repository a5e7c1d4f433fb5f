// 练习：每个连接各自的状态 (state per connection), as socketserver gives each request its own
// handler object. The server answers every line with `<n>: <line>`, where n counts the lines
// of THAT client. Each connection runs this callback once, so state declared inside it is that client's own.
import net from 'node:net';

const port = Number(process.env.PORT ?? 8080);

const server = net.createServer((conn) => {
  let rest = '';
  let count = 0; // 这个客户端自己的计数 (this client's own count)
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
