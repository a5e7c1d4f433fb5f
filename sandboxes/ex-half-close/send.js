// Try the server: sends "hello " and "world" apart, then half-closes and prints the answer.
import net from 'node:net';

const port = Number(process.env.PORT ?? 8080);
const conn = net.connect(port, '127.0.0.1', async () => {
  for (const piece of ['hello ', 'world']) {
    await new Promise((r) => conn.write(piece, r));
    await new Promise((r) => setTimeout(r, 50));
  }
  console.log('client: sent 11 bytes, now half-closing (FIN)');
  conn.end();
});
conn.on('data', (d) => console.log(`server answered: ${d.toString('utf8').trim()}`));
conn.on('error', (err) => console.log(`error: ${err.message}`));
