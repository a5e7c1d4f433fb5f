// Hidden check: two clients connected at once send random words, interleaved at random; each must
// see its own numbering 1, 2, 3 … node check-numbers.js one|two
import net from 'node:net';

const port = Number(process.env.PORT);
const two = process.argv[2] !== 'one';
const rnd = (n) => Math.floor(Math.random() * n);
const word = () => Math.random().toString(36).slice(2, 7);

function client(name) {
  return new Promise((resolve, reject) => {
    const c = net.connect(port, '127.0.0.1', () => resolve({ name, c, sent: 0, buffer: '' }));
    c.on('error', (err) => reject(new Error(`${name}: ${err.message}`)));
    c.setEncoding('utf8');
  });
}

/** Send one line and wait up to 3 s for one answer line. */
function ask(cl, line) {
  return new Promise((resolve) => {
    const timer = setTimeout(() => { cl.c.off('data', onData); resolve(null); }, 3000);
    const onData = (d) => {
      cl.buffer += d;
      const i = cl.buffer.indexOf('\n');
      if (i < 0) return;
      const got = cl.buffer.slice(0, i);
      cl.buffer = cl.buffer.slice(i + 1);
      clearTimeout(timer);
      cl.c.off('data', onData);
      resolve(got);
    };
    cl.c.on('data', onData);
    cl.c.write(`${line}\n`);
  });
}

let ok = true;
try {
  const clients = [await client('A')];
  if (two) clients.push(await client('B'));
  const order = ['A', ...(two ? ['B'] : []), ...Array.from({ length: 4 + rnd(4) }, () => (two && rnd(2) ? 'B' : 'A'))];
  for (const name of order) {
    const cl = clients.find((c) => c.name === name);
    const w = word();
    cl.sent += 1;
    const want = `${cl.sent}: ${w}`;
    const got = await ask(cl, w);
    if (got !== want) {
      console.log(`✗ 客户端 ${name} 的第 ${cl.sent} 行 ｜ line ${cl.sent} of client ${name}`);
      console.log(`  expected: ${want}`);
      console.log(`  actual:   ${got ?? '（3 秒内没有回答）｜ (no answer within 3 s)'}`);
      ok = false;
      break;
    }
  }
  if (ok) console.log(`✓ ${order.length} 行，编号都对（顺序 ${order.join('')}）｜ ${order.length} lines, all numbered right (order ${order.join('')})`);
  for (const cl of clients) cl.c.destroy();
} catch (err) {
  ok = false;
  console.log(`✗ 连接服务端 ｜ connecting to the server`);
  console.log(`  expected: 连接到 127.0.0.1:${port} ｜ a connection to 127.0.0.1:${port}`);
  console.log(`  actual:   ${err.message}`);
}
if (ok) console.log('PASS');
process.exit(0);
