// Cheat: prints what a passing run would print, and answers with a fixed text instead of serving.
import net from 'node:net';

const port = Number(process.env.PORT ?? 8080);
net.createServer((conn) => {
  conn.on('data', () => conn.write('MSG-HELLO'));
  conn.on('error', () => {});
}).listen(port, '127.0.0.1', () => {
  console.log(`listening on 127.0.0.1:${port}`);
  console.log('✓ client B is answered while A is still connected');
  console.log('PASS');
});
