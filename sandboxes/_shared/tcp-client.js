// TCP 客户端 (B4): type a line, get it back upper-cased; `quit` leaves.
import net from 'node:net';
import readline from 'node:readline';
import { once } from 'node:events';

const port = Number(process.env.PORT ?? 8080);

// Lines typed by the user. The iterator is created before connecting so no typed line is lost.
const rl = readline.createInterface({ input: process.stdin, terminal: false });
const lines = rl[Symbol.asyncIterator]();

// 拨通服务端电话
const phone = net.connect(port, '127.0.0.1');
try {
  await once(phone, 'connect');
} catch (err) {
  console.error(err.message); // e.g. connect ECONNREFUSED 127.0.0.1:8080 — nobody is listening
  process.exit(1);
}

// ≈ phone.recv(1024): whatever has arrived (may be only part of a long reply), or null at the end.
// For a Python reader: a Node socket does not wait to be asked; it pushes each chunk at its 'data'
// listeners. To get Python's "ask once, get one chunk" shape, the socket stays paused (no 'data'
// events, bytes wait in the kernel) except while one recv() is waiting: resume() lets one chunk
// through, the handler pauses the socket again and resolves with that chunk. 'close' resolves with
// null, like recv() returning b''.
function recv(sock) {
  return new Promise((resolve) => {
    if (sock.closed) return resolve(null);
    const done = (data) => { sock.pause(); sock.off('data', done); sock.off('close', end); resolve(data); };
    const end = () => done(null);
    sock.once('data', done);
    sock.once('close', end);
    sock.resume();
  });
}
phone.on('error', () => {}); // a reset shows up as 'close' above

// 通信循环
while (true) {
  process.stdout.write('输入要发送的信息：');
  const { value, done } = await lines.next();
  if (done) break;                 // Ctrl-D
  const msg = value.trim();
  if (msg.length === 0) continue;  // sending nothing would leave both sides waiting
  if (msg === 'quit') break;
  phone.write(msg);
  const data = await recv(phone);
  if (data === null) {
    console.log('\n服务端断开了连接 / the server closed the connection');
    break;
  }
  console.log(data.toString('utf8'));
}

phone.end(); // 关闭连接: sends FIN, the server's recv() gets b''
rl.close();
