// Hidden check: starts its own slow server on PORT (answers are random words, so they cannot be
// guessed), runs `node fetch-all.js`, and checks both what it printed and what the server saw:
// all three requests must have been waiting at the same time.
import net from 'node:net';
import { fork } from 'node:child_process';

const port = Number(process.env.PORT);
const word = () => Math.random().toString(36).slice(2, 8);
const answers = new Map();
let open = 0;
let most = 0;
const server = net.createServer((conn) => {
  conn.once('data', (d) => {
    const name = d.toString('utf8').trim();
    open += 1;
    most = Math.max(most, open);
    const answer = `${word()} yuan`;
    answers.set(name, answer);
    setTimeout(() => {
      open -= 1;
      conn.end(`${answer}\n`);
    }, 400);
  });
  conn.on('error', () => {});
});
server.listen(port, '127.0.0.1', () => {
  const child = fork('fetch-all.js', [], { silent: true, env: { ...process.env, PORT: String(port) } });
  let out = '';
  child.stdout.on('data', (d) => { out += d; });
  child.stderr.on('data', (d) => { out += d; });
  const timer = setTimeout(() => child.kill('SIGKILL'), 8000);
  child.on('close', () => {
    clearTimeout(timer);
    server.close();
    const lines = out.split('\n').filter((l) => l.trim() !== '');
    const names = ['apple', 'banana', 'cherry'];
    const want = names.map((n) => `${n}: ${answers.get(n) ?? '(never asked)'}`);
    const printed = want.every((w) => lines.includes(w));
    const checks = [
      [printed, '打印出服务端给的三个回答 ｜ prints the three answers the server gave', want.join(' / '), lines.filter((l) => !/answers in/.test(l)).join(' / ') || '(nothing)'],
      [most === 3, '三个请求同时在等待 ｜ all three requests were waiting at once', '服务端同时看到 3 个请求 ｜ the server saw 3 requests waiting at once', `最多同时 ${most} 个 ｜ at most ${most} at once`],
    ];
    let ok = true;
    for (const [pass, text, expected, actual] of checks) {
      console.log(`${pass ? '✓' : '✗'} ${text}`);
      if (!pass) {
        ok = false;
        console.log(`  expected: ${expected}`);
        console.log(`  actual:   ${actual}`);
      }
    }
    if (ok) console.log('PASS');
  });
});
