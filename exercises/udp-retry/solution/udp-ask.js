// 练习：UDP 客户端的超时与重试 (a UDP client that times out and retries).
// UDP never tells you a datagram was lost: if the server is down, the question simply vanishes.
// Ask up to 5 times, 500 ms apart; print `answer: <reply>` once one arrives, or `gave up` after
// 5 unanswered tries — and end either way.
import dgram from 'node:dgram';

const port = Number(process.env.PORT ?? 8080);
const TRIES = 5;
const WAIT_MS = 500;
const sock = dgram.createSocket('udp4');
let tries = 0;
let timer;

function ask() {
  if (tries === TRIES) {
    console.log(`gave up after ${TRIES} tries`);
    sock.close();
    return;
  }
  tries += 1;
  console.log(`try ${tries}: asking`);
  sock.send('time?', port, '127.0.0.1');
  timer = setTimeout(ask, WAIT_MS); // 超时：没有回答就再问一次 (timeout: no answer, ask again)
}

sock.on('message', (msg) => {
  clearTimeout(timer);
  console.log(`answer: ${msg.toString('utf8')}`);
  sock.close();
});

ask();
