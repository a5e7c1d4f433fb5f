// 远程执行命令的客户端 (B8, fixed): read the 4-byte header, then exactly that many bytes.
import net from 'node:net';
import readline from 'node:readline';
import { once } from 'node:events';
import { FrameDecoder } from './frame.js';

const port = Number(process.env.PORT ?? 8081);
const rl = readline.createInterface({ input: process.stdin, terminal: false });
const lines = rl[Symbol.asyncIterator]();

const client = net.connect(port, '127.0.0.1');
try {
  await once(client, 'connect');
} catch (err) {
  console.error(err.message);
  process.exit(1);
}

// Complete replies, cut out of the byte stream by the decoder, wherever TCP split it.
const decoder = new FrameDecoder();
const replies = [];
let closed = false;
let wake = () => {};
client.on('data', (chunk) => { replies.push(...decoder.push(chunk)); wake(); });
client.on('close', () => { closed = true; wake(); });
client.on('error', () => {});

async function nextReply() {
  while (replies.length === 0 && !closed) await new Promise((r) => { wake = r; });
  return replies.shift() ?? null;
}

while (true) {
  process.stdout.write('请输入命令:');
  const { value, done } = await lines.next();
  if (done) break;
  const cmd = value.trim();
  if (cmd.length === 0) continue;
  if (cmd === 'quit') break; // the seed's client had no way out (E34)
  client.write(cmd);
  const reply = await nextReply();
  if (reply === null) {
    console.log('\n服务端断开了连接 / the server closed the connection');
    break;
  }
  // Decoded once, as a whole: a multi-byte character cut by a 1024-byte read cannot break (E32).
  const text = reply.toString('utf8');
  process.stdout.write(text.endsWith('\n') ? text : `${text}\n`); // no output → an empty line
}
client.end();
rl.close();
