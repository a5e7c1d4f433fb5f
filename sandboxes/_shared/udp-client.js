// UDP 客户端 (B6): sendto() without any connection; an empty datagram is allowed (可以发空).
// Run: node udp-client.js [text=hello] [--wait-reply]
import { udpSocket } from './udp-notice.js';

const port = Number(process.env.PORT ?? 8080);
const waitReply = process.argv.includes('--wait-reply');
const text = process.argv.slice(2).find((a) => a !== '--wait-reply') ?? 'hello';
const scale = Number(process.env.DEMO_TIME_SCALE ?? 1);

const client = udpSocket('udp4');
client.send(Buffer.from(text, 'utf8'), port, '127.0.0.1', (err) => {
  if (err) {
    console.error(err.message);
    process.exit(1);
  }
  // Sent. Nobody listening? UDP never finds out: no error, no output — the datagram is simply lost.
  if (!waitReply) return client.close();
  const timer = setTimeout(() => {
    console.log('no reply (UDP gives no guarantee)');
    client.close();
    process.exitCode = 1;
  }, 2000 * scale);
  client.once('message', (reply) => {
    clearTimeout(timer);
    console.log(reply.toString('utf8'));
    client.close();
  });
});
