// UDP 服务端 (B5): no listen(), no accept() — bind and wait for one datagram.
import { udpSocket } from './udp-notice.js';

const port = Number(process.env.PORT ?? 8080);

// Python-looking bytes: b'hello', b'\xe4\xbd\xa0' (so the line reads like print(res) in Python)
function pyBytes(buf) {
  let s = '';
  for (const b of buf) {
    if (b === 0x5c || b === 0x27) s += `\\${String.fromCharCode(b)}`;
    else if (b === 0x0a) s += '\\n';
    else if (b === 0x0d) s += '\\r';
    else if (b === 0x09) s += '\\t';
    else if (b >= 0x20 && b < 0x7f) s += String.fromCharCode(b);
    else s += `\\x${b.toString(16).padStart(2, '0')}`;
  }
  return `b'${s}'`;
}

const server = udpSocket({ type: 'udp4', reuseAddr: true }); // reuseAddr ≈ SO_REUSEADDR
// res = server.recvfrom(1024): Node always hands over the whole datagram (up to 64 KiB), no bufsize
// Python's bytes.upper(): only ASCII letters change.
const asciiUpper = (buf) => Buffer.from(buf.map((b) => (b >= 0x61 && b <= 0x7a ? b - 32 : b)));

server.once('message', (data, rinfo) => {
  console.log(`(${pyBytes(data)}, ('${rinfo.address}', ${rinfo.port}))`);
  // Beyond B5, which only receives: answer once, upper-cased, for a client that waits for a reply
  // (udp-client.js --wait-reply, udp_client.py --wait-reply). One that has left never hears it: UDP.
  server.send(asciiUpper(data), rinfo.port, rinfo.address, () => server.close()); // server.close(): the program ends
});
server.bind(port, '127.0.0.1', () => console.log(`listening on 127.0.0.1:${port} (udp)`));
