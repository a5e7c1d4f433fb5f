// Hidden check: sends a random number of bytes in random pieces, half-closes, and expects exactly
// one answer `<total> bytes`, arriving after its own FIN, then the server's FIN.
import net from 'node:net';

const port = Number(process.env.PORT);
const rnd = (n) => Math.floor(Math.random() * n);
const pieces = Array.from({ length: 3 + rnd(3) }, () => 1 + rnd(5000));
const total = pieces.reduce((a, b) => a + b, 0);
let answer = '';
let finSent = false;
let early = '';
const conn = net.connect({ port, host: '127.0.0.1', allowHalfOpen: true });
const finish = (ok, actual) => {
  console.log(`${ok ? '✓' : '✗'} 发送 ${pieces.length} 块共 ${total} 字节后半关闭 ｜ sent ${total} bytes in ${pieces.length} pieces, then half-closed`);
  if (ok) console.log('PASS');
  else {
    console.log(`  expected: ${total} bytes（在客户端的 FIN 之后），然后服务端关闭 ｜ ${total} bytes (after the client's FIN), then the server closes`);
    console.log(`  actual:   ${actual}`);
  }
  conn.destroy();
  process.exit(0);
};
const timer = setTimeout(() => finish(false, `${answer.trim() || '（没有回答）'} — 服务端 4 秒内没有关闭 ｜ ${answer.trim() || '(no answer)'} — the server did not close within 4 s`), 4000);
conn.on('data', (d) => {
  if (!finSent) early += d.toString('utf8');
  answer += d.toString('utf8');
});
conn.on('end', () => {
  clearTimeout(timer);
  if (early) return finish(false, `客户端还没发完，就回答了 "${early.trim()}" ｜ answered "${early.trim()}" before the client had finished sending`);
  finish(answer.trim() === `${total} bytes`, answer.trim() || '（没有回答就关闭了）｜ (closed without an answer)');
});
conn.on('error', (err) => { clearTimeout(timer); finish(false, err.message); });
conn.on('connect', async () => {
  for (const n of pieces) {
    if (conn.destroyed) return;
    await new Promise((r) => conn.write(Buffer.alloc(n, 0x78), r));
    await new Promise((r) => setTimeout(r, 20));
  }
  finSent = true;
  conn.end();
});
