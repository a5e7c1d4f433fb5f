// Try the server: sends "hello " and "world" apart, then half-closes and prints the answer.
import net from 'node:net';

const port = Number(process.env.PORT ?? 8080);
let answered = false;
const conn = net.connect(port, '127.0.0.1', async () => {
  console.log('client: sending 11 bytes in two pieces, then half-closing (FIN)');
  for (const piece of ['hello ', 'world']) {
    if (conn.destroyed || conn.writableEnded) return;
    await new Promise((r) => conn.write(piece, r));
    await new Promise((r) => setTimeout(r, 50));
  }
  conn.end();
});
conn.on('data', (d) => {
  answered = true;
  console.log(`server answered: ${d.toString('utf8').trim()}`);
});
// A server that hung up early makes the second piece fail; that is the answer's fault, not news.
conn.on('error', (err) => { if (!answered) console.log(`error: ${err.message}`); });
