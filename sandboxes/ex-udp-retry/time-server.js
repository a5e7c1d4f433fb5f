// A UDP server to try the client with: answers every "time?" with the time. Stop it, and the
// client's questions go unanswered — without any error.
import dgram from 'node:dgram';

const port = Number(process.env.PORT ?? 8080);
const sock = dgram.createSocket('udp4');
sock.on('message', (msg, from) => {
  console.log(`question from ${from.address}:${from.port}: ${msg.toString('utf8')}`);
  sock.send(new Date().toISOString().slice(11, 19), from.port, from.address);
});
sock.bind(port, '127.0.0.1', () => console.log(`listening on 127.0.0.1:${port} (UDP)`));
