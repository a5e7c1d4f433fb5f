/**
 * The wire probe: an ES module (Node built-ins only) mounted beside the programs of a socket sandbox
 * (sandbox.json `features` has `net` or `dgram`) as {@link WIRE_PROBE_FILE} and loaded before the
 * program with `node --import ./.wire-probe.mjs <entry>` on both runtimes. It reports socket events
 * (listen, connect, accept, write, data, end, close, send, message, error) without changing what the
 * program does or prints.
 *
 * Side channel: one OSC escape frame per event, `ESC ] 7717 ; <json> BEL`, written whole to stderr.
 * The Runtime contract has one output stream (stdout and stderr interleaved, no fd 3), so the frame
 * travels inside it; each frame is a single short write (< 300 bytes, one pipe write is atomic), so
 * it never splits a line of the program's own output — the terminal layer (wire-extract.ts) removes
 * frames, even across chunk boundaries, and the text left is byte-identical to the program's.
 * Frames are rate-limited in the probe (a burst of 200, then 100 per second): a flood of writes must
 * not eat the runtime's output budget that the program's own output needs; the probe then reports
 * how many events it dropped.
 *
 * Connection ids need no coordination: both ends of a TCP connection (or the two sockets of a UDP
 * exchange) compute the same id, the sorted pair of `addr:port` endpoints. Child processes inherit
 * the probe through NODE_OPTIONS (set by the probe with its absolute URL); a global flag keeps it
 * from patching twice.
 *
 * Kept as a string so that one source is mounted by the page (browser bundle) and by the Node
 * scenario runner alike; it avoids backticks and `${` so that it fits in the template below.
 */

/** File name of the probe inside a sandbox's folder (hidden from the editor: not in the sandbox files). */
export const WIRE_PROBE_FILE = '.wire-probe.mjs';

/** The private OSC number of wire frames. */
export const WIRE_OSC = 7717;

/** Whether a sandbox with these features gets the probe. */
export function usesWire(features: readonly string[] | undefined): boolean {
  return (features ?? []).some((f) => f === 'net' || f === 'dgram');
}

/**
 * Whether programs on runtime `kind` load the probe. On the local runtime always. On a WebContainer
 * only when the page asks (`?wire=on`): whether its Node honours `--import` and `NODE_OPTIONS` could
 * not be checked offline, and a socket example must never fail to start for the sake of its wire
 * view, which shows the recorded wire there instead. `/self-test/?runtime=webcontainer&wire=on`
 * checks it where stackblitz.com answers.
 */
export function probeWanted(kind: 'local' | 'webcontainer', search: string): boolean {
  return kind === 'local' || new URLSearchParams(search).get('wire') === 'on';
}

/** Node arguments that load the probe (before the entry file). */
export function wireNodeArgs(features: readonly string[] | undefined): string[] {
  return usesWire(features) ? ['--import', `./${WIRE_PROBE_FILE}`] : [];
}

/** The probe's source text. */
export const WIRE_PROBE_SOURCE = String.raw`// Wire probe (live-sockets): reports socket events to the page's wire view. It changes nothing the
// program does. 线路探针：把套接字事件报告给页面上的“线路”视图，不改变程序的行为和输出。
import net from 'node:net';
import dgram from 'node:dgram';

const FLAG = Symbol.for('live-sockets.wire-probe');
if (!globalThis[FLAG]) {
  Object.defineProperty(globalThis, FLAG, { value: true });
  const opt = '--import="' + import.meta.url + '"';
  const prev = process.env.NODE_OPTIONS || '';
  if (!prev.includes(import.meta.url)) process.env.NODE_OPTIONS = (prev ? prev + ' ' : '') + opt;
  install();
}

function install() {
  const PREVIEW = 24;
  const BURST = 200;
  let tokens = BURST;
  let last = Date.now();
  let dropped = 0;
  const info = new WeakMap();

  const now = () => Math.round((performance.timeOrigin + performance.now()) * 100) / 100;
  const out = (ev) => {
    ev.pid = process.pid;
    try { process.stderr.write('\x1b]7717;' + JSON.stringify(ev) + '\x07'); } catch {}
  };
  // Dropped events are reported even when no event follows them (unref: never keeps the program alive).
  let dropTimer;
  const reportDrops = () => {
    dropTimer = undefined;
    if (dropped > 0) { out({ k: 'dropped', t: now(), dropped }); dropped = 0; }
  };
  process.on('exit', reportDrops);
  const send = (ev) => {
    const t = Date.now();
    tokens = Math.min(BURST, tokens + (t - last) * 0.1);
    last = t;
    if (tokens < 1) {
      dropped++;
      if (!dropTimer) { dropTimer = setTimeout(reportDrops, 300); dropTimer.unref(); }
      return;
    }
    tokens--;
    if (dropped > 0) { ev.dropped = dropped; dropped = 0; }
    out(ev);
  };
  const bytesOf = (chunk, enc) => {
    if (chunk == null) return Buffer.alloc(0);
    if (typeof chunk === 'string') return Buffer.from(chunk, typeof enc === 'string' && Buffer.isEncoding(enc) ? enc : 'utf8');
    if (Array.isArray(chunk)) return Buffer.concat(chunk.map((c) => bytesOf(c)));
    if (ArrayBuffer.isView(chunk)) return Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    return Buffer.alloc(0);
  };
  const hex = (buf) => buf.subarray(0, PREVIEW).toString('hex');
  const addr = (a) => (typeof a === 'string' && a.startsWith('::ffff:') ? a.slice(7) : a);
  const isAny = (a) => !a || a === '0.0.0.0' || a === '::';
  const end = (a, p) => addr(a) + ':' + p;
  const connOf = (l, r) => [l, r].sort().join(' ');

  // TCP -------------------------------------------------------------------------------------------
  const track = (sock, kind) => {
    if (info.has(sock) || sock.remotePort === undefined) return;
    const l = end(sock.localAddress, sock.localPort);
    const r = end(sock.remoteAddress, sock.remotePort);
    const rec = { conn: connOf(l, r), l, r, ended: false };
    info.set(sock, rec);
    send({ k: kind, p: 'tcp', t: now(), conn: rec.conn, l, r });
    for (const ev of sock[QUEUE] || []) send(Object.assign(ev, { conn: rec.conn, l, r }));
  };
  const QUEUE = Symbol('wire-queue');
  const Sock = net.Socket.prototype;
  const origEmit = Sock.emit;
  Sock.emit = function (name, ...args) {
    try {
      if (name === 'connect') track(this, 'connect');
      const rec = info.get(this);
      if (rec) {
        if (name === 'data') {
          const b = bytesOf(args[0], this.readableEncoding);
          send({ k: 'data', p: 'tcp', t: now(), conn: rec.conn, l: rec.l, r: rec.r, n: b.length, h: hex(b) });
        } else if (name === 'end') send({ k: 'end', p: 'tcp', t: now(), conn: rec.conn, l: rec.l, r: rec.r, dir: 'in' });
        else if (name === 'close') send({ k: 'close', p: 'tcp', t: now(), conn: rec.conn, l: rec.l, r: rec.r });
      }
      if (name === 'error' && (rec || this.connecting)) {
        const e = args[0] || {};
        send({ k: 'error', p: 'tcp', t: now(), conn: rec ? rec.conn : '', l: rec ? rec.l : '', r: rec ? rec.r : '', code: String(e.code || e.message || 'error') });
      }
    } catch {}
    return origEmit.call(this, name, ...args);
  };
  const origWrite = Sock.write;
  Sock.write = function (chunk, enc, cb) {
    try {
      const rec = info.get(this);
      if (rec || this.connecting) {
        const b = bytesOf(chunk, enc);
        const ev = { k: 'write', p: 'tcp', t: now(), n: b.length, h: hex(b) };
        if (rec) send(Object.assign(ev, { conn: rec.conn, l: rec.l, r: rec.r }));
        else (this[QUEUE] = this[QUEUE] || []).push(ev);
      }
    } catch {}
    return origWrite.call(this, chunk, enc, cb);
  };
  const origEnd = Sock.end;
  Sock.end = function (...args) {
    try {
      const rec = info.get(this);
      if (rec && !rec.ended && !this.writableEnded) {
        rec.ended = true;
        const data = typeof args[0] === 'function' ? undefined : args[0];
        if (data != null) { this.write(data, typeof args[1] === 'string' ? args[1] : undefined); args = args.slice(typeof args[1] === 'string' ? 2 : 1); }
        send({ k: 'end', p: 'tcp', t: now(), conn: rec.conn, l: rec.l, r: rec.r, dir: 'out' });
      }
    } catch {}
    return origEnd.apply(this, args);
  };
  const Srv = net.Server.prototype;
  const origSrvEmit = Srv.emit;
  Srv.emit = function (name, ...args) {
    try {
      if (name === 'listening') {
        const a = this.address();
        if (a && typeof a === 'object') send({ k: 'listen', p: 'tcp', t: now(), l: end(a.address, a.port) });
      } else if (name === 'connection' && args[0]) track(args[0], 'accept');
    } catch {}
    return origSrvEmit.call(this, name, ...args);
  };

  // UDP -------------------------------------------------------------------------------------------
  const Udp = dgram.Socket.prototype;
  const local = (sock, peer) => {
    const a = sock.address();
    // A socket bound to any address sends from the loopback address when it talks to loopback.
    return end(isAny(a.address) && peer ? peer.split(':').slice(0, -1).join(':') : a.address, a.port);
  };
  const loopback = (sock) => (sock.type === 'udp6' ? '::1' : '127.0.0.1');
  const origSend = Udp.send;
  Udp.send = function (msg, ...rest) {
    try {
      let port, address, bytes;
      if (rest[3] || (rest[2] && typeof rest[2] !== 'function')) {
        bytes = bytesOf(msg).subarray(rest[0] || 0, (rest[0] || 0) + (rest[1] ?? Infinity));
        port = rest[2]; address = rest[3];
      } else {
        bytes = bytesOf(msg); port = rest[0]; address = rest[1];
      }
      if (typeof address !== 'string' || address === 'localhost') address = loopback(this);
      let r;
      if (port === undefined || typeof port === 'function') {
        try { const ra = this.remoteAddress(); r = end(ra.address, ra.port); } catch { r = ''; }
      } else r = end(address, port);
      const ev = { k: 'send', p: 'udp', t: now(), n: bytes.length, h: hex(bytes), r };
      const emitIt = () => { try { ev.l = local(this, r); ev.conn = connOf(ev.l, r); send(ev); } catch {} };
      let bound = true;
      try { this.address(); } catch { bound = false; }
      if (bound) emitIt(); else this.once('listening', emitIt);
    } catch {}
    return origSend.call(this, msg, ...rest);
  };
  const origUdpEmit = Udp.emit;
  Udp.emit = function (name, ...args) {
    try {
      if (name === 'message') {
        const [msg, rinfo] = args;
        const r = end(rinfo.address, rinfo.port);
        const l = local(this, r);
        send({ k: 'message', p: 'udp', t: now(), conn: connOf(l, r), l, r, n: msg.length, h: hex(msg) });
      } else if (name === 'listening') {
        const a = this.address();
        send({ k: 'listen', p: 'udp', t: now(), l: end(a.address, a.port) });
      } else if (name === 'close') send({ k: 'close', p: 'udp', t: now() });
      else if (name === 'error') send({ k: 'error', p: 'udp', t: now(), code: String((args[0] || {}).code || 'error') });
    } catch {}
    return origUdpEmit.call(this, name, ...args);
  };
}
`;
