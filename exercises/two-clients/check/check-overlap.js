// Hidden check: clients whose sessions overlap in time. A connects and stays; B must be answered
// while A is still connected. Every message is a random word, so no fixed reply can pass.
// node check-overlap.js one|overlap
import net from 'node:net';

const port = Number(process.env.PORT);
const mode = process.argv[2] ?? 'overlap';
const word = () => `msg-${Math.random().toString(36).slice(2, 8)}`;
let failed = false;

function connect(name) {
  return new Promise((resolve, reject) => {
    const c = net.connect(port, '127.0.0.1', () => resolve(c));
    c.once('error', (err) => reject(new Error(`${name}: ${err.message}`)));
  });
}

/** Send `text` and wait up to `ms` for the reply. */
function ask(c, text, ms) {
  return new Promise((resolve) => {
    let got = '';
    const timer = setTimeout(() => finish(null), ms);
    const onData = (d) => {
      got += d.toString('utf8');
      if (got.length >= text.length) finish(got);
    };
    const finish = (v) => {
      clearTimeout(timer);
      c.off('data', onData);
      resolve(v);
    };
    c.on('data', onData);
    c.write(text);
  });
}

function verdict(ok, zh, en, expected, actual) {
  console.log(`${ok ? '✓' : '✗'} ${zh} ｜ ${en}`);
  if (!ok) {
    failed = true;
    console.log(`  expected: ${expected}`);
    console.log(`  actual:   ${actual}`);
  }
}

try {
  const a = await connect('A');
  const wa = word();
  const ra = await ask(a, wa, 3000);
  verdict(ra === wa.toUpperCase(), '客户端 A 收到大写的回复', 'client A gets its reply upper-cased', wa.toUpperCase(), ra ?? '（3 秒内没有回复）｜ (no reply within 3 s)');
  if (mode === 'overlap' && !failed) {
    const b = await connect('B');
    const wb = word();
    const rb = await ask(b, wb, 2000);
    verdict(rb === wb.toUpperCase(), 'A 还连着时，客户端 B 也得到回复', 'client B is answered while A is still connected', wb.toUpperCase(), rb ?? '（A 还连着，2 秒内没有回复）｜ (no reply within 2 s while A stayed connected)');
    const wa2 = word();
    const ra2 = failed ? null : await ask(a, wa2, 3000);
    if (!failed) verdict(ra2 === wa2.toUpperCase(), 'B 之后 A 仍然得到回复', 'A is still answered after B', wa2.toUpperCase(), ra2 ?? '（3 秒内没有回复）｜ (no reply within 3 s)');
    b.destroy();
  }
  a.destroy();
} catch (err) {
  verdict(false, '连接服务端', 'connecting to the server', `连接到 127.0.0.1:${port} ｜ a connection to 127.0.0.1:${port}`, err.message);
}
if (!failed) console.log('PASS');
process.exit(0);
