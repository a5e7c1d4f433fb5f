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
const conn = net.connect(port, '127.0.0.1', () => {
  console.log(`sending ${messages.length} messages of ${messages.map((m) => m.length).join(', ')} bytes in one write`);
  conn.write(Buffer.concat(messages.map(frame)));
  setTimeout(() => conn.end(), 300); // give the server a moment to answer everything, then leave
});
conn.on('data', (d) => process.stdout.write(`server answered: ${d.toString('utf8').trim().split('\n').join(', ')}\n`));
conn.on('error', (err) => console.log(`error: ${err.message}`));
