// 练习：同时服务两个客户端 (serve two clients at once).
// Like the notes' server (链接循环 around 通信循环), this one serves one client at a time:
// a second client waits in line until the first leaves. Make it serve every client at once.
import net from 'node:net';

const port = Number(process.env.PORT ?? 8080);

// 通信循环: answer every message upper-cased until the client leaves.
function serve(conn) {
  conn.on('data', (data) => conn.write(data.toString('utf8').toUpperCase()));
  conn.on('error', () => {});
}

// Node calls this for every client as it connects: each gets its own 通信循环 at once, no queue.
const server = net.createServer((conn) => serve(conn));
server.listen(port, '127.0.0.1', () => console.log(`listening on 127.0.0.1:${port}`));
