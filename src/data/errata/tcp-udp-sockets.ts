import type { Erratum } from './types.ts';

/** Errata shown on the `tcp-udp-sockets` page (CONTENT_MAP.md §3, E16–E24). */
const errata: Erratum[] = [
  {
    id: 'E16',
    page: 'tcp-udp-sockets',
    lines: 'L133–135, L208–210',
    severity: 'med',
    title: { zh: '这两个服务端并不能并发', en: 'Neither server is concurrent' },
    note: {
      en: 'These servers are not concurrent. The TCP server handles one client at a time — a second client can connect (the kernel completes the handshake) but gets no answer until the first one leaves; the UDP server receives one datagram and exits. Concurrency comes with socketserver (B9).',
      zh: '这两个服务端并不能并发：TCP 服务端一次只服务一个客户端，第二个客户端能连上（内核完成了三次握手）但要等第一个客户端退出后才有回应；UDP 服务端只收一个数据报就退出。并发要到 socketserver（B9）才实现。',
    },
  },
  {
    id: 'E17',
    page: 'tcp-udp-sockets',
    lines: 'L142–143, L217–218',
    severity: 'low',
    title: { zh: 'SO_REUSEADDR 的真正作用', en: 'What SO_REUSEADDR really does' },
    note: {
      en: 'SO_REUSEADDR lets a restarted server bind a port that still has old connections in TIME_WAIT (avoiding “Address already in use”). On Linux it does not let two running TCP servers share a port (that is SO_REUSEPORT). Node sets it automatically for TCP servers on Unix.',
      zh: 'SO_REUSEADDR 让重启的服务端可以绑定仍有连接处于 TIME_WAIT 的端口（避免 “Address already in use”）；在 Linux 上它并不能让两个正在运行的 TCP 服务端共用一个端口（那是 SO_REUSEPORT）。Node 在 Unix 上会为 TCP 服务端自动设置它。',
    },
  },
  {
    id: 'E18',
    page: 'tcp-udp-sockets',
    lines: 'L149–150',
    severity: 'med',
    title: { zh: 'listen(5) 不只是「半连接池」', en: 'listen(5) is not just a “half-open connection pool”' },
    note: {
      en: '`listen(5)` sets the backlog: how many connections may wait to be accepted. On Linux it limits the queue of completed connections (accept queue); half-open connections (SYN received) sit in a separate SYN queue (`tcp_max_syn_backlog`); the value is capped by `somaxconn`. It does not limit how many clients are served.',
      zh: '`listen(5)` 设置的是 backlog，即等待被 accept 的连接数。在 Linux 上它限制的是已完成三次握手的全连接队列（accept 队列）；半连接（收到 SYN）在单独的 SYN 队列（由 `tcp_max_syn_backlog` 控制），且该值受 `somaxconn` 上限约束。它不限制能服务的客户端总数。',
    },
  },
  {
    id: 'E19',
    page: 'tcp-udp-sockets',
    lines: 'L163–172',
    severity: 'med',
    title: { zh: '两处注释中的系统说反了', en: 'The two comments name the wrong systems' },
    note: {
      en: '`recv()` returning `b\'\'` means the peer closed the connection (it sent FIN) — on every OS; on Linux/macOS this is usually also what you see when the client process is killed (the kernel closes its sockets). On Windows an abrupt disconnect usually raises `ConnectionResetError` ([WinError 10054]) instead, which the `except` branch catches.',
      zh: '`recv()` 返回 `b\'\'` 表示对方关闭了连接（发送了 FIN），所有系统都如此；在 Linux/macOS 上客户端进程被强制结束时通常也是这种表现（内核会替它关闭 socket）。Windows 上客户端异常断开通常会抛出 `ConnectionResetError`（[WinError 10054]），由 `except` 分支处理。注释中的系统说反了。',
    },
  },
  {
    id: 'E20',
    page: 'tcp-udp-sockets',
    lines: 'L167',
    severity: 'low',
    title: { zh: '服务端永远收不到 quit', en: 'The server never receives quit' },
    note: {
      en: 'The client leaves the loop before sending `quit` (L195), so the server never receives it; the server notices the close through `b\'\'` instead.',
      zh: '客户端在发送 `quit` 之前就 break 了（L195），服务端永远收不到 `quit`，实际是通过收到 `b\'\'` 得知连接关闭。',
    },
  },
  {
    id: 'E21',
    page: 'tcp-udp-sockets',
    lines: 'L169, L287, L290',
    severity: 'low',
    title: { zh: 'send() 可能只发出一部分', en: 'send() may send only part of the data' },
    note: {
      en: '`send()` may send only part of the data (it returns the number of bytes sent); use `sendall()`. Node\'s `socket.write()` always queues the whole buffer.',
      zh: '`send()` 可能只发送部分数据（返回实际发送的字节数），应使用 `sendall()`。Node 的 `socket.write()` 总会把数据完整放入发送队列。',
    },
  },
  {
    id: 'E22',
    page: 'tcp-udp-sockets',
    lines: 'L193, L307',
    severity: 'med',
    title: { zh: '.strip() 用在了提示语上', en: '.strip() is applied to the prompt' },
    note: {
      en: '`.strip()` is applied to the prompt string, not to what the user typed. Write `input(\'输入要发送的信息：\').strip()`. As written, `  hi  ` is sent with its spaces (reply `  HI  `), ` quit` does not quit and a line of spaces is sent.',
      zh: '`.strip()` 作用在了提示字符串上，而不是用户输入上，应写成 `input(\'输入要发送的信息：\').strip()`。原写法下输入 `  hi  ` 会连空格一起发送（收到 `  HI  `），输入 ` quit` 无法退出，只输入空格也会被发送。',
    },
  },
  {
    id: 'E23',
    page: 'tcp-udp-sockets',
    lines: 'L194',
    severity: 'low',
    title: { zh: '发空数据时双方都会卡住', en: 'Sending nothing makes both sides wait' },
    note: {
      en: '`send(b\'\')` sends nothing, so the server has nothing to receive and the client then blocks in `recv()` — both sides wait forever.',
      zh: '`send(b\'\')` 实际什么都不发送，服务端收不到数据，客户端随后也卡在 `recv()` 上——双方都会一直等待。',
    },
  },
  {
    id: 'E24',
    page: 'tcp-udp-sockets',
    lines: 'L223',
    severity: 'med',
    title: { zh: 'UDP 不是流式传输', en: 'UDP is not a stream' },
    note: {
      en: 'UDP is datagram-based, not a stream: one `recvfrom()` returns exactly one datagram; if it is longer than the buffer, the rest is discarded (silently on Linux — 2 000 bytes sent, 1 024 received) or an error is raised (Windows). Use a buffer as large as the biggest expected datagram (max 65 507 bytes for IPv4).',
      zh: 'UDP 是数据报协议，不是流式协议：一次 `recvfrom()` 只收一个完整的数据报；数据报超过缓冲区时，多出的部分被丢弃（Linux 上静默丢弃——发 2000 字节只收到 1024），Windows 上则报错。缓冲区应不小于可能的最大数据报（IPv4 最大 65507 字节）。',
    },
  },
];
export default errata;
