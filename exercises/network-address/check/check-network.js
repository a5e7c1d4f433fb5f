// Hidden check: compares networkAddress() with the right answer on random addresses.
// node check-network.js aligned|any — whole-byte prefixes only, or every prefix 0–32.
import { networkAddress } from './network.js';

const mode = process.argv[2] ?? 'any';
const rnd = (n) => Math.floor(Math.random() * n);
const right = (ip, prefix) => {
  const n = ip.split('.').reduce((acc, p) => acc * 256 + Number(p), 0);
  const size = 2 ** (32 - prefix);
  const net = Math.floor(n / size) * size;
  return [Math.floor(net / 2 ** 24) % 256, Math.floor(net / 2 ** 16) % 256, Math.floor(net / 256) % 256, net % 256].join('.');
};
const prefixes = mode === 'aligned' ? [8, 16, 24, 32] : [0, 1, 7, 12, 20, 23, 25, 30, 31, ...Array.from({ length: 20 }, () => rnd(33))];
let bad = 0;
for (const prefix of prefixes) {
  const ip = [rnd(256), rnd(256), rnd(256), rnd(256)].join('.');
  let got;
  try {
    got = String(networkAddress(ip, prefix));
  } catch (err) {
    got = `error: ${err.message}`;
  }
  const want = right(ip, prefix);
  if (got !== want) {
    console.log(`✗ networkAddress("${ip}", ${prefix}) ｜ networkAddress("${ip}", ${prefix})`);
    console.log(`  expected: ${want}`);
    console.log(`  actual:   ${got}`);
    if (++bad >= 3) break;
  }
}
if (bad === 0) {
  console.log(`✓ ${prefixes.length} 个随机地址都对 ｜ ${prefixes.length} random addresses, all right`);
  console.log('PASS');
}
