// Try the server: sends three framed messages in one write (as TCP may deliver them: stuck together).
import net from 'node:net';

const port = Number(process.env.PORT ?? 8080);
const frame = (text) => {
  const body = Buffer.from(text, 'utf8');
  const header = Buffer.alloc(4);
  header.writeUInt32BE(body.length);
  return Buffer.concat([header, body]);
};
const messages = ['hello', 'sticky', 'packets!'];
let answers = 0;
let rest = '';
const conn = net.connect(port, '127.0.0.1', () => {
  console.log(`sending ${messages.length} messages of ${messages.map((m) => m.length).join(', ')} bytes in one write`);
  conn.write(Buffer.concat(messages.map(frame)));
});
// Leave after three answers, or after 1.5 s without them (a server that misses some never sends them).
const timer = setTimeout(() => conn.end(), 1500);
conn.on('data', (d) => {
  rest += d.toString('utf8');
  for (let i = rest.indexOf('\n'); i >= 0; i = rest.indexOf('\n')) {
    console.log(`server answered: ${rest.slice(0, i)}`);
    rest = rest.slice(i + 1);
    if (++answers === messages.length) {
      clearTimeout(timer);
      conn.end();
    }
  }
});
conn.on('error', (err) => console.log(`error: ${err.message}`));
