// 练习：让 I/O 重叠 (overlap the waiting). Asks a slow server for three items and prints them.
// Each answer takes the server a while; while waiting for one, the CPU could already be asking
// for the others. Asking for all three at once lets the waits overlap.
import net from 'node:net';

const port = Number(process.env.PORT ?? 8080);

/** Ask the server for `name`; resolves with its one-line answer. */
function get(name) {
  return new Promise((resolve, reject) => {
    const conn = net.connect(port, '127.0.0.1', () => conn.write(`${name}\n`));
    let answer = '';
    conn.on('data', (d) => { answer += d; });
    conn.on('end', () => resolve(answer.trim()));
    conn.on('error', reject);
  });
}

const names = ['apple', 'banana', 'cherry'];
const t0 = Date.now();
// 三个请求同时发出，再一起等 (send all three, then wait for them together).
const prices = await Promise.all(names.map((name) => get(name)));
names.forEach((name, i) => console.log(`${name}: ${prices[i]}`));
console.log(`${names.length} answers in ${Date.now() - t0} ms`);
