// 报头 Framing: every message = a 4-byte length header + exactly that many bytes.
// The header is an unsigned 32-bit big-endian number (network byte order),
// the same bytes as Python's struct.pack('!I', n).

/** encode('hello') → <00 00 00 05 68 65 6c 6c 6f> */
export function encode(payload) {
  const body = Buffer.isBuffer(payload) ? payload : Buffer.from(payload, 'utf8');
  const header = Buffer.alloc(4);
  header.writeUInt32BE(body.length);
  return Buffer.concat([header, body]);
}

/**
 * Cuts a byte stream back into messages, wherever the stream was split.
 * push(chunk) returns the messages completed by that chunk (often none, sometimes several).
 */
export class FrameDecoder {
  chunks = [];  // bytes received but not yet part of a complete message
  size = 0;     // how many bytes are in `chunks`
  total = null; // the current message's length, once its header has arrived

  push(chunk) {
    this.chunks.push(chunk);
    this.size += chunk.length;
    const messages = [];
    for (;;) {
      if (this.total === null) {
        if (this.size < 4) break; // the header itself may arrive in pieces
        this.total = this.joined().readUInt32BE(0); // 1、拿到数据的总大小 total_size
      }
      if (this.size < 4 + this.total) break; // 2、3、继续接收, 直到 recv_size = total_size
      const buf = this.joined();
      messages.push(buf.subarray(4, 4 + this.total));
      const rest = buf.subarray(4 + this.total); // the start of the next message: keep it
      this.chunks = rest.length ? [rest] : [];
      this.size = rest.length;
      this.total = null;
    }
    return messages;
  }

  /** All buffered bytes as one Buffer (joined only when needed, so tiny chunks stay cheap). */
  joined() {
    if (this.chunks.length > 1) this.chunks = [Buffer.concat(this.chunks, this.size)];
    return this.chunks[0];
  }
}
