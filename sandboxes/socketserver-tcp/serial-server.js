// For comparison: a server that serves ONE client at a time, like the plain accept loop of B3
// (page 3). Run it instead of `server`, then `two-clients`: B has to wait until A leaves.
// 对照用：一次只服务一个客户端（和 B3 一样）。代替 server 运行，再运行 two-clients：B 要等 A 离开。
import net from 'node:net';

const port = Number(process.env.PORT ?? 8080);

function asciiUpper(buf) {
  const out = Buffer.from(buf);
  for (let i = 0; i < out.length; i++) if (out[i] >= 0x61 && out[i] <= 0x7a) out[i] -= 32;
  return out;
}

// Later clients wait, paused, until the current one has gone: conn.close(), back to accept().
const waiting = [];
let busy = false;
function next() {
  const conn = waiting.shift();
  if (!conn) { busy = false; return; }
  busy = true;
  console.log(`<socket laddr=('${conn.localAddress}', ${conn.localPort}) raddr=('${conn.remoteAddress}', ${conn.remotePort})>`);
  console.log(`('${conn.remoteAddress}', ${conn.remotePort})`);
  conn.on('data', (msg) => conn.write(asciiUpper(msg)));
  conn.on('end', () => conn.end());
  conn.on('error', () => {});
  conn.on('close', next);
  conn.resume();
}

const server = net.createServer({ pauseOnConnect: true }, (conn) => {
  waiting.push(conn);
  if (!busy) next();
});
server.on('error', (err) => {
  console.error(`${err.message} (端口被占用? port in use? try PORT=...)`);
  process.exit(1);
});
server.listen({ port, host: '127.0.0.1' }, () => console.log(`listening on 127.0.0.1:${port} (一次只服务一个客户端 / one client at a time)`));
