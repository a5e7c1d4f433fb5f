// 练习：用报头解决粘包 (fix the sticky-packet pair with a length header).
// Every message the client sends is a 4-byte big-endian length, then that many bytes.
// For each message the server must answer one line: the message's length in bytes.
// This version assumes every 'data' chunk is exactly one whole message — TCP promises no such thing.
import net from 'node:net';

const port = Number(process.env.PORT ?? 8080);

const server = net.createServer((conn) => {
  conn.on('data', (chunk) => {
    const length = chunk.readUInt32BE(0); // 报头：消息的长度 (the header: the message's length)
    const body = chunk.subarray(4, 4 + length);
    conn.write(`${body.length}\n`);
  });
  conn.on('error', () => {});
});
server.listen(port, '127.0.0.1', () => console.log(`listening on 127.0.0.1:${port}`));
