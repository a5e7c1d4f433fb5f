import type { Erratum } from './types.ts';

/**
 * Errata shown on the `tcp-udp-protocols` page (CONTENT_MAP.md §3, E8–E15).
 * The map's **bold** words are written plain: notes support `code` spans only.
 */
const errata: Erratum[] = [
  {
    id: 'E8',
    page: 'tcp-udp-protocols',
    lines: 'L62',
    severity: 'low',
    title: { zh: '端口范围的划分更细', en: 'Port ranges, in more detail' },
    note: {
      en: 'Port 0 is reserved (binding to 0 means “let the OS choose”); 0–1023 are well-known ports (binding them needs admin/root on Unix); 1024–49151 registered; 49152–65535 dynamic (client) ports. TCP and UDP have separate port spaces.',
      zh: '0 号端口保留（绑定 0 表示由系统分配）；0–1023 为知名端口（Unix 上绑定需要 root）；1024–49151 为注册端口；49152–65535 为动态端口（客户端常用）。TCP 与 UDP 的端口互不影响。',
    },
  },
  {
    id: 'E9',
    page: 'tcp-udp-protocols',
    lines: 'L80–82',
    severity: 'low',
    title: { zh: '确认号 = 序号 + 字节数', en: 'ACK = sequence number + bytes received' },
    note: {
      en: 'The acknowledgement number is the sequence number plus the number of bytes received: `ACK=x+2` means exactly one byte was sent. With 100 bytes at seq=x+1 the reply is ACK=x+101 (and carries its own seq=y+1).',
      zh: '确认号 = 对方序号 + 收到的字节数。`ACK=x+2` 说明只发送了 1 个字节；若 seq=x+1 发送 100 字节，则回复 ACK=x+101（该确认报文自身的 seq=y+1）。',
    },
  },
  {
    id: 'E10',
    page: 'tcp-udp-protocols',
    lines: 'L87',
    severity: 'med',
    title: { zh: 'TIME_WAIT 多不等于高并发', en: 'Many TIME_WAIT sockets do not mean high concurrency' },
    note: {
      en: 'TIME_WAIT belongs to connection teardown: the side that closes first waits 2×MSL so that delayed segments expire and the last ACK can be resent. Many TIME_WAIT sockets on a server mean the server is actively closing many short-lived connections (high connection churn, e.g. no keep-alive) — not necessarily high concurrency.',
      zh: 'TIME_WAIT 属于断开连接阶段：主动关闭的一方要等待 2MSL，让网络中残留的报文失效，并能重发最后一个 ACK。服务端大量 TIME_WAIT 说明服务端在主动关闭大量短连接（连接频繁建立/断开，如未使用长连接），不一定是高并发。',
    },
  },
  {
    id: 'E11',
    page: 'tcp-udp-protocols',
    lines: 'L89–94',
    severity: 'high',
    title: { zh: '四次挥手中客户端与服务端写反了', en: 'Client and server are swapped in the teardown' },
    note: {
      en: 'x is the client\'s initial sequence number and y the server\'s, so the segments are: client FIN seq=x+2 ACK=y+1 → server ACK=x+3 → server FIN seq=y+1 ACK=x+3 → client ACK=y+2. Either side may close first; the active closer goes FIN_WAIT_1 → FIN_WAIT_2 → TIME_WAIT, the other side CLOSE_WAIT → LAST_ACK.',
      zh: 'x 是客户端的初始序号、y 是服务端的初始序号，所以应为：客户端发 FIN seq=x+2 ACK=y+1 → 服务端确认 ACK=x+3 → 服务端发 FIN seq=y+1 ACK=x+3 → 客户端确认 ACK=y+2（客户端进入 TIME_WAIT，等待 2MSL）。任何一方都可以先关闭；主动关闭方依次经历 FIN_WAIT_1、FIN_WAIT_2、TIME_WAIT，被动方经历 CLOSE_WAIT、LAST_ACK。',
    },
  },
  {
    id: 'E12',
    page: 'tcp-udp-protocols',
    lines: 'L90',
    severity: 'low',
    title: { zh: '四次挥手的真正原因：全双工', en: 'The real reason for four steps: full duplex' },
    note: {
      en: 'TCP is full-duplex and each direction is closed separately: after receiving a FIN the other side may still send data, so its ACK and its own FIN are usually separate segments. If it has nothing left to send, FIN and ACK are often combined (three segments on the wire). See `half-close.js`.',
      zh: 'TCP 是全双工的，两个方向要分别关闭：收到 FIN 后对方可能还有数据要发，所以 ACK 和它自己的 FIN 通常分开发送；如果已无数据可发，FIN 和 ACK 常合并成一个报文（实际只有三个报文）。见 `half-close.js` 示例。',
    },
  },
  {
    id: 'E13',
    page: 'tcp-udp-protocols',
    lines: 'L109–110',
    severity: 'med',
    title: { zh: '报头不一定要定长', en: 'A header need not have a fixed length' },
    note: {
      en: 'What matters is that the receiver can tell where the header ends: a fixed-length header is one way; others are a fixed-length length field before a variable header (4-byte length + JSON header + body — the usual next step after B8) or a delimiter (HTTP ends its headers with `\\r\\n\\r\\n`).',
      zh: '关键是接收端能确定报头在哪里结束：固定长度是一种办法；也可以先发固定长度的「报头长度」，再发变长报头（4 字节长度 + JSON 报头 + 数据，是 B8 之后常见的改进），或者用分隔符（HTTP 用 `\\r\\n\\r\\n` 结束报头）。',
    },
  },
  {
    id: 'E14',
    page: 'tcp-udp-protocols',
    lines: 'L115',
    severity: 'low',
    title: { zh: '句子不完整：socket 是什么', en: 'Unfinished sentence: what a socket is' },
    note: {
      en: 'A socket is an abstraction layer between the application and the TCP/IP stack; it hides the transport and network details behind a small interface (socket, bind, listen, accept, connect, send, recv, close).',
      zh: 'socket 是位于应用层与传输层之间的抽象层，把 TCP/IP 协议族的复杂细节封装成简单接口（socket、bind、listen、accept、connect、send、recv、close）供程序调用。',
    },
  },
  {
    id: 'E15',
    page: 'tcp-udp-protocols',
    lines: 'L121–122, L126',
    severity: 'low',
    title: { zh: 'DNS 的全称与所用协议', en: 'What DNS stands for, and which transport it uses' },
    note: {
      en: 'DNS stands for Domain Name System (a DNS server is a name server). Queries normally use UDP port 53, but DNS switches to TCP port 53 for large/truncated answers and zone transfers; DNS over TLS and DNS over HTTPS/1.1 or HTTP/2 run over TCP, while DNS over HTTP/3 and DNS over QUIC run over UDP (QUIC). A full URL is `scheme://host:port/path?query#fragment`.',
      zh: 'DNS 是 Domain Name System（域名系统）。查询通常走 UDP 53 端口，但响应过大被截断或区域传送时改用 TCP 53；DNS over TLS 以及基于 HTTP/1.1、HTTP/2 的 DNS over HTTPS 基于 TCP，而基于 HTTP/3 的 DoH 和 DNS over QUIC 又走 UDP（QUIC）。完整的 URL 形如 `协议://域名:端口/路径?查询#片段`。',
    },
  },
  {
    id: 'E67',
    page: 'tcp-udp-protocols',
    lines: 'L63',
    severity: 'low',
    title: { zh: 'IP + 端口还不够：还要协议，而且 IP 要是公网地址', en: 'IP + port is not enough: add the protocol, and the address must be public' },
    note: {
      en: 'Added in review (not in the content map). TCP and UDP have separate port spaces, so TCP port 53 and UDP port 53 can be two different programs: an application endpoint is (protocol, IP, port). And “in the whole world” holds only for a public address; 127.0.0.1 or 192.168.1.10 with a port names a program on one machine or one private network only (see E7).',
      zh: '审校补充（内容地图中没有）。TCP 和 UDP 的端口互不相干，TCP 53 和 UDP 53 可以是两个不同的程序，所以一个应用端点是（协议、IP、端口）三者。而且「全世界范围内独一无二」只对公网地址成立；127.0.0.1 或 192.168.1.10 加端口只能在一台机器或一个私有网络内确定一个程序（见 E7）。',
    },
  },
];
export default errata;
