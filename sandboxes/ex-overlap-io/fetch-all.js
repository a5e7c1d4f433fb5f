// 练习：让 I/O 重叠 (overlap the waiting). Asks a slow server for three items and prints them.
// Each answer takes the server a while; while waiting for one, the CPU could already be asking
// for the others. This version asks one after another, so the waits add up.
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
for (const name of names) {
  console.log(`${name}: ${await get(name)}`);
}
console.log(`${names.length} answers in ${Date.now() - t0} ms`);
