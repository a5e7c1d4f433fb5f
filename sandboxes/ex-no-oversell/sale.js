// Try it: puts 2 tickets on sale, starts 5 buyers at once, then counts what was sold.
import { fork } from 'node:child_process';
import { readFileSync, writeFileSync, rmSync } from 'node:fs';

writeFileSync('tickets.json', JSON.stringify({ count: 2 }));
rmSync('tickets.lock', { recursive: true, force: true });
// The sale opens in a second, when every buyer has surely started (see START_AT in buy.js).
const env = { ...process.env, START_AT: String(Date.now() + 1000) };
const buyers = Array.from({ length: 5 }, (_, i) => fork('./buy.js', [`buyer ${i + 1}`], { silent: true, env }));
let sold = 0;
await Promise.all(buyers.map((b) => new Promise((resolve) => {
  b.stdout.on('data', (d) => { if (/bought/.test(d)) sold += 1; });
  b.on('close', resolve);
})));
const left = JSON.parse(readFileSync('tickets.json', 'utf8')).count;
console.log(`2 tickets, 5 buyers: ${sold} sold, ${left} left${sold > 2 ? ' — oversold!' : ''}`);
