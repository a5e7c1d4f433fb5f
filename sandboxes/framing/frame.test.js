// Self-check of frame.js, no sockets: encode four messages, cut the stream into chunks of many
// sizes (the way TCP may deliver it), and check the decoder gives back exactly the same messages.
import { encode, FrameDecoder } from './frame.js';

const hex = (buf) => [...buf].map((b) => b.toString(16).padStart(2, '0')).join(' ');
console.log(`encode('hello') → ${hex(encode('hello'))}`);

const messages = ['hello', '', '你好'.repeat(600), 'x'.repeat(70000)].map((m) => Buffer.from(m));
const stream = Buffer.concat(messages.map(encode));
console.log(`${messages.length} 条消息 messages (${messages.map((m) => m.length).join(', ')} bytes) → 字节流 stream of ${stream.length} bytes`);

let ok = true;
for (const size of [1, 3, 4, 5, 1024, 65536, stream.length]) {
  const decoder = new FrameDecoder();
  const got = [];
  for (let i = 0; i < stream.length; i += size) got.push(...decoder.push(stream.subarray(i, i + size)));
  const same = got.length === messages.length && got.every((m, i) => m.equals(messages[i]));
  ok &&= same;
  console.log(`${size}-byte chunks → ${got.length} messages ${same ? '✓' : '✗ different!'}`);
}
console.log(ok ? 'frame ok' : 'frame BROKEN');
process.exitCode = ok ? 0 : 1;
