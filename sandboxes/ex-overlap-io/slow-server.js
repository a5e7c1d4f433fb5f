// A slow server: answers each request (one line, a name) after 300 ms with a made-up price.
import net from 'node:net';

const port = Number(process.env.PORT ?? 8080);
let open = 0;
net.createServer((conn) => {
  conn.once('data', (d) => {
    const name = d.toString('utf8').trim();
    open += 1;
    console.log(`request ${name} (${open} waiting at once)`);
    setTimeout(() => {
      open -= 1;
      conn.end(`${name.length * 7} yuan\n`);
    }, 300);
  });
  conn.on('error', () => {});
}).listen(port, '127.0.0.1', () => console.log(`listening on 127.0.0.1:${port}`));
