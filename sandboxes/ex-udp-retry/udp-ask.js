// 练习：UDP 客户端的超时与重试 (a UDP client that times out and retries).
// UDP never tells you a datagram was lost: if the server is down, the question simply vanishes.
// Ask up to 5 times, 500 ms apart; print `answer: <reply>` once one arrives, or `gave up` after
// 5 unanswered tries — and end either way. This version asks once and waits for ever.
import dgram from 'node:dgram';

const port = Number(process.env.PORT ?? 8080);
const sock = dgram.createSocket('udp4');

sock.on('message', (msg) => {
  console.log(`answer: ${msg.toString('utf8')}`);
  sock.close();
});

console.log('try 1: asking');
sock.send('time?', port, '127.0.0.1');
