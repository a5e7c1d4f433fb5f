// 封装 Encapsulation: each layer wraps what the layer above gives it in its own header.
// 每一层都在上一层的数据前面加上自己的报头. Run: node encapsulate.js [text]
// Made-up addresses, nothing is sent: the source 192.168.1.10 is a private address (RFC 1918),
// the destination 203.0.113.7 comes from a documentation range (RFC 5737).

const text = process.argv[2] ?? 'hello';
const hex = (buf) => [...buf].map((b) => b.toString(16).padStart(2, '0')).join(' ');

// 应用层: just the data
const data = Buffer.from(text, 'utf8');
console.log(`应用层 数据 (${data.length} bytes): ${hex(data)}`);

// 传输层: TCP header (20 bytes) + data = 段 (segment)
const tcp = Buffer.alloc(20);
tcp.writeUInt16BE(54321, 0);  // source port (the client's)
tcp.writeUInt16BE(8080, 2);   // destination port (the server's)
tcp.writeUInt32BE(1001, 4);   // sequence number
tcp.writeUInt32BE(5001, 8);   // acknowledgement number
tcp.writeUInt8(5 << 4, 12);   // header length: 5 × 4 = 20 bytes
tcp.writeUInt8(0x18, 13);     // flags: PSH + ACK
tcp.writeUInt16BE(65535, 14); // window
const segment = Buffer.concat([tcp, data]);
console.log(`传输层 段 = TCP报头(20: 54321→8080 seq=1001 ack=5001) + 数据 = ${segment.length} bytes`);

// 网络层: IP header (20 bytes) + segment = 包 (packet)
const ip = Buffer.alloc(20);
ip.writeUInt8(0x45, 0);                  // IPv4, header length 5 × 4 bytes
ip.writeUInt16BE(20 + segment.length, 2); // total length
ip.writeUInt16BE(0x4000, 6);             // don't fragment
ip.writeUInt8(64, 8);                    // TTL
ip.writeUInt8(6, 9);                     // protocol 6 = TCP
Buffer.from([192, 168, 1, 10]).copy(ip, 12); // source IP
Buffer.from([203, 0, 113, 7]).copy(ip, 16);  // destination IP
let sum = 0; // header checksum: one's-complement sum of the 16-bit words
for (let i = 0; i < 20; i += 2) sum += ip.readUInt16BE(i);
while (sum > 0xffff) sum = (sum & 0xffff) + (sum >>> 16);
ip.writeUInt16BE(~sum & 0xffff, 10);
const packet = Buffer.concat([ip, segment]);
console.log(`网络层 包 = IP报头(20: 192.168.1.10→203.0.113.7 proto=6) + 段 = ${packet.length} bytes`);

// 数据链路层: Ethernet header (14 bytes: destination MAC, source MAC, type) + packet = 帧 (frame)
const eth = Buffer.from([0xaa, 0xbb, 0xcc, 0xdd, 0xee, 0xff, 0x11, 0x22, 0x33, 0x44, 0x55, 0x66, 0x08, 0x00]);
const frame = Buffer.concat([eth, packet]);
console.log(`数据链路层 帧 = 帧头(14: aa:bb:cc:dd:ee:ff←11:22:33:44:55:66 type=0x0800) + 包 = ${frame.length} bytes`);

// 物理层: only bits on the wire — meaningless until the receiver groups them again. Simplified: a real
// frame is padded to 60 bytes, gets a 4-byte FCS and an 8-byte preamble: (8 + 60 + 4) × 8 = 576 bits.
const bits = [...frame.subarray(0, 2)].map((b) => b.toString(2).padStart(8, '0')).join(' ');
console.log(`物理层 位 = ${frame.length * 8} bits: ${bits} …`);
