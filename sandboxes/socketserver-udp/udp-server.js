// socketserver, UDP (B10): ThreadingUDPServer calls handle() once per datagram.
// Node: one 'message' event per datagram, on one thread (the event loop) — no thread per request.
import { udpSocket } from './udp-notice.js';

const port = Number(process.env.PORT ?? 8080);

function asciiUpper(buf) {
  const out = Buffer.from(buf);
  for (let i = 0; i < out.length; i++) if (out[i] >= 0x61 && out[i] <= 0x7a) out[i] -= 32;
  return out;
}

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

const server = udpSocket({ type: 'udp4', reuseAddr: true });

// handle(): for UDP, self.request is the tuple (data, socket) and self.client_address is (ip, port)
server.on('message', (data, rinfo) => {
  console.log(`(${pyBytes(data)}, <socket laddr=('127.0.0.1', ${port})>)`); // print(self.request)
  console.log(`('${rinfo.address}', ${rinfo.port})`); // print(self.client_address)
  server.send(asciiUpper(data), rinfo.port, rinfo.address); // the reply the seed left commented out (E38)
});
server.bind(port, '127.0.0.1', () => console.log(`listening on 127.0.0.1:${port} (udp)`));
