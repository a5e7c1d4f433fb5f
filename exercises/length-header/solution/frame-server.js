// 练习：用报头解决粘包 (fix the sticky-packet pair with a length header).
// Every message the client sends is a 4-byte big-endian length, then that many bytes.
// For each message the server must answer one line: the message's length in bytes.
import net from 'node:net';

const port = Number(process.env.PORT ?? 8080);

const server = net.createServer((conn) => {
  let pending = Buffer.alloc(0); // 收到但还没用完的字节 (bytes received but not used yet)
  conn.on('data', (chunk) => {
    pending = Buffer.concat([pending, chunk]);
    // 每次都收干净：只要缓冲区里有完整的 报头 + 数据，就处理一条消息。
    while (pending.length >= 4) {
      const length = pending.readUInt32BE(0);
      if (pending.length < 4 + length) break; // the rest of this message has not arrived yet
      const body = pending.subarray(4, 4 + length);
      pending = pending.subarray(4 + length);
      conn.write(`${body.length}\n`);
    }
  });
  conn.on('error', () => {});
});
server.listen(port, '127.0.0.1', () => console.log(`listening on 127.0.0.1:${port}`));
