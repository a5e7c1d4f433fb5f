// UDP 客户端 (B6): sendto() without any connection; an empty datagram is allowed (可以发空).
// Run: node udp-client.js [text=hello] [--wait-reply] [--bytes N | --big]
import { udpSocket } from './udp-notice.js';

const port = Number(process.env.PORT ?? 8080);
const args = process.argv.slice(2);
const waitReply = args.includes('--wait-reply');
const at = args.indexOf('--bytes');
// --big is the page's one-click form of --bytes 2000: larger than the 1024 of recvfrom(1024) (E24).
const size = at !== -1 ? Number(args[at + 1]) : args.includes('--big') ? 2000 : null;
const words = at === -1 ? args : [...args.slice(0, at), ...args.slice(at + 2)];
const text = words.find((a) => a !== '--wait-reply' && a !== '--big') ?? 'hello';
const scale = Number(process.env.DEMO_TIME_SCALE ?? 1);

// --bytes N: a datagram of N bytes that counts itself — 8-digit blocks, each the offset where it
// ends (00000008 00000016 …), so the end of whatever arrives says how many bytes got through.
function counted(n) {
  let s = '';
  for (let end = 8; s.length < n; end += 8) s += String(end).padStart(8, '0');
  return Buffer.from(s.slice(0, n), 'ascii');
}
if (size !== null && !(Number.isInteger(size) && size >= 0 && size <= 65507)) {
  console.error('--bytes wants a whole number from 0 to 65507 (the largest IPv4 UDP datagram)');
  process.exit(2);
}

const client = udpSocket('udp4');
client.send(size === null ? Buffer.from(text, 'utf8') : counted(size), port, '127.0.0.1', (err) => {
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
