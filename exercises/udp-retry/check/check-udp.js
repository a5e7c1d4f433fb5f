// Hidden check: runs `node udp-ask.js` against a UDP server of its own on PORT.
// late: the server comes up 600–1200 ms after the client starts and answers a random word;
// down: the server is a black hole that counts the questions and never answers.
import dgram from 'node:dgram';
import { fork } from 'node:child_process';

const port = Number(process.env.PORT);
const mode = process.argv[2] ?? 'late';
const word = Math.random().toString(36).slice(2, 8);
const delay = 600 + Math.floor(Math.random() * 600);
let questions = 0;
const server = dgram.createSocket('udp4');
server.on('message', (msg, from) => {
  questions += 1;
  if (mode === 'late') server.send(word, from.port, from.address);
});

const child = fork('udp-ask.js', [], { silent: true, env: { ...process.env, PORT: String(port) } });
let out = '';
child.stdout.on('data', (d) => { out += d; });
child.stderr.on('data', (d) => { out += d; });
const started = Date.now();
if (mode === 'late') setTimeout(() => server.bind(port, '127.0.0.1'), delay);
else server.bind(port, '127.0.0.1');
const timer = setTimeout(() => child.kill('SIGKILL'), 6000);

child.on('exit', (code, signal) => {
  clearTimeout(timer);
  const ms = Date.now() - started;
  server.close();
  const lines = out.split('\n').filter((l) => l.trim() !== '');
  for (const l of lines) console.log(`  | ${l}`);
  const ended = signal === null;
  const checks = mode === 'late' ? [
    [lines.includes(`answer: ${word}`), `服务端 ${delay} 毫秒后才启动：重试后拿到回答 ｜ the server came up after ${delay} ms: a retry got the answer`, `answer: ${word}`, lines.find((l) => l.startsWith('answer:')) ?? '（没有 "answer:" 这一行）｜ (no "answer:" line)'],
    [questions >= 1 && ended, '拿到回答后结束 ｜ ends once answered', '客户端自己结束 ｜ the client ends by itself', ended ? `${ms} 毫秒后结束 ｜ ended after ${ms} ms` : '6 秒后仍在运行（已被终止）｜ still running after 6 s (killed)'],
  ] : [
    [questions === 5, '服务端不回答：正好问 5 次 ｜ the server never answers: exactly 5 tries', '服务端收到 5 个问题 ｜ 5 questions reached the server', `${questions} 个问题 ｜ ${questions} questions`],
    [lines.some((l) => /gave up/.test(l)) && ended, '5 次都没有回答后放弃并结束 ｜ gives up and ends after 5 unanswered tries', '打印 "gave up" 并结束 ｜ a "gave up" line, then the client ends', ended ? (lines.find((l) => /gave up/.test(l)) ?? '（没有 "gave up" 这一行）｜ (no "gave up" line)') : '6 秒后仍在运行（已被终止）｜ still running after 6 s (killed)'],
    [ms >= 1800, '两次之间等 500 毫秒 ｜ 500 ms between tries', '5 次至少约 2 秒 ｜ at least about 2 s for 5 tries', `${ms} 毫秒 ｜ ${ms} ms`],
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
