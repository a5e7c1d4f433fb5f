// Hidden check: framed messages of random sizes — empty ones and ones larger than 64 KiB among
// them — sent stuck together (sticky) or cut into pieces (split). The server must answer each
// message's length, in order. node check-frames.js sticky|split
import net from 'node:net';

const port = Number(process.env.PORT);
const mode = process.argv[2] ?? 'sticky';
const rnd = (n) => Math.floor(Math.random() * n);
const sizes = [rnd(200) + 1, 0, 65_536 + rnd(140_000), rnd(3000), 0, rnd(50) + 1, 70_000 + rnd(60_000), rnd(9)];
for (let i = sizes.length - 1; i > 0; i--) { const j = rnd(i + 1); [sizes[i], sizes[j]] = [sizes[j], sizes[i]]; }
const frame = (n) => {
  const out = Buffer.alloc(4 + n, 0x61 + rnd(26));
  out.writeUInt32BE(n, 0);
  return out;
};
const all = Buffer.concat(sizes.map(frame));

const conn = net.connect(port, '127.0.0.1');
let answer = '';
const done = (why) => {
  const got = answer.split('\n').filter((l) => l !== '');
  const ok = got.length === sizes.length && got.every((g, i) => g === String(sizes[i]));
  const how = mode === 'sticky' ? `${sizes.length} 条消息粘在一次发送里 ｜ ${sizes.length} messages stuck together in one write` : `${sizes.length} 条消息被切成小块发送 ｜ ${sizes.length} messages sent in small pieces`;
  console.log(`${ok ? '✓' : '✗'} ${how}`);
  if (!ok) {
    console.log(`  expected: ${sizes.join(' ')}`);
    const [whyZh, whyEn] = why ? why.split('｜').map((x) => ` — ${x.trim()}`) : ['', ''];
    const numbers = got.join(' ');
    console.log(`  actual:   ${numbers || '（没有回答）'}${whyZh} ｜ ${numbers || '(nothing)'}${whyEn ?? whyZh}`);
  } else console.log('PASS');
  conn.destroy();
  process.exit(0);
};
const timer = setTimeout(() => done('4 秒内没有更多回答 ｜ no more answers within 4 s'), 4000);
conn.on('data', (d) => {
  answer += d.toString('utf8');
  if (answer.split('\n').filter((l) => l !== '').length >= sizes.length) { clearTimeout(timer); done(''); }
});
conn.on('error', (err) => { clearTimeout(timer); done(err.message); });
conn.on('connect', async () => {
  if (mode === 'sticky') return void conn.write(all);
  // Pieces of random length, each written after the previous one has left, so they arrive apart.
  for (let at = 0; at < all.length;) {
    const n = Math.min(all.length - at, at < 64 ? 1 + rnd(3) : 1 + rnd(40_000));
    await new Promise((r) => conn.write(all.subarray(at, at + n), r));
    await new Promise((r) => setTimeout(r, 2));
    at += n;
  }
});
