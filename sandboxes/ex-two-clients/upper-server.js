// 练习：同时服务两个客户端 (serve two clients at once).
// Like the notes' server (链接循环 around 通信循环), this one serves one client at a time:
// a second client waits in line until the first leaves. Make it serve every client at once.
import net from 'node:net';

const port = Number(process.env.PORT ?? 8080);

// 通信循环: answer every message upper-cased until the client leaves; then call done().
function serve(conn, done) {
  conn.on('data', (data) => conn.write(data.toString('utf8').toUpperCase()));
  conn.on('error', () => {});
  conn.on('close', done);
}

// 链接循环: one client at a time; the others wait in `waiting`.
const waiting = [];
let busy = false;
function next() {
  const conn = waiting.shift();
  busy = conn !== undefined;
  if (conn) serve(conn, next);
}

const server = net.createServer((conn) => {
  waiting.push(conn);
  if (!busy) next();
});
server.listen(port, '127.0.0.1', () => console.log(`listening on 127.0.0.1:${port}`));
