// TCP 服务端 (B3): 链接循环 + 通信循环, echoes every message upper-cased.
// Run: node tcp-server.js            — Node's natural way: every client is served at once
//      node tcp-server.js --serial   — like the Python server: one client at a time
import net from 'node:net';

const port = Number(process.env.PORT ?? 8080);
const serial = process.argv.includes('--serial');

// Python's bytes.upper() only changes a–z; String.toUpperCase() would also change é → É and ß → SS.
// 只把 ASCII 小写字母变成大写, 和 Python 的 bytes.upper() 一样.
function asciiUpper(buf) {
  const out = Buffer.from(buf);
  for (let i = 0; i < out.length; i++) if (out[i] >= 0x61 && out[i] <= 0x7a) out[i] -= 32;
  return out;
}

// 通信循环: one connection (conn) from accept() until the client leaves.
function serve(conn) {
  console.log(`<socket laddr=('${conn.localAddress}', ${conn.localPort}) raddr=('${conn.remoteAddress}', ${conn.remotePort})>`);
  console.log(`客户端的ip和端口 ('${conn.remoteAddress}', ${conn.remotePort})`);
  conn.on('data', (data) => {
    const text = data.toString('utf8');
    if (text === 'quit') return conn.end();
    console.log('客户端发来的消息:', text);
    conn.write(asciiUpper(data));
  });
  conn.on('end', () => conn.end()); // recv() returned b'': the client closed its side
  conn.on('error', () => {});       // except Exception: break — e.g. ECONNRESET when a client is killed
}

// --serial: while one client is served, later ones wait (paused) in a queue, like Python's accept loop.
const waiting = [];
let busy = false;
function next() {
  const conn = waiting.shift();
  if (!conn) { busy = false; return; }
  busy = true;
  conn.on('close', next); // conn.close(), back to accept()
  serve(conn);
  conn.resume();
}

// Node already sets SO_REUSEADDR on Unix for TCP listeners: no setsockopt line needed.
const server = net.createServer({ pauseOnConnect: serial }, (conn) => {
  if (!serial) return serve(conn);
  waiting.push(conn);
  if (!busy) next();
});
server.on('error', (err) => {
  console.error(`${err.message} (端口被占用? port in use? try PORT=...)`);
  process.exit(1);
});
server.listen({ port, host: '127.0.0.1', backlog: 5 }, () => {
  console.log(`listening on 127.0.0.1:${port}${serial ? ' (--serial: 一次只服务一个客户端 / one client at a time)' : ''}`);
});
