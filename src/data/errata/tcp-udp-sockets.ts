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
      en: 'SO_REUSEADDR lets a restarted server bind a port that still has old connections in TIME_WAIT (avoiding “Address already in use”). On Linux it does not let two running TCP servers share a port (that is SO_REUSEPORT). Windows differs, and these Windows-centric notes should say so: there `SO_REUSEADDR` lets a socket bind a port that another socket is actively using (a second server can even steal it); `SO_EXCLUSIVEADDRUSE` prevents that. Node sets SO_REUSEADDR automatically for TCP servers on Unix, not on Windows.',
      zh: 'SO_REUSEADDR 让重启的服务端可以绑定仍有连接处于 TIME_WAIT 的端口（避免 “Address already in use”）；在 Linux 上它并不能让两个正在运行的 TCP 服务端共用一个端口（那是 SO_REUSEPORT）。Windows 上则不同（这份笔记以 Windows 为主，这一点尤其要紧）：`SO_REUSEADDR` 允许绑定另一个 socket 正在使用的端口（第二个服务端甚至能「抢走」端口），要防止这种情况得用 `SO_EXCLUSIVEADDRUSE`。Node 只在 Unix 上为 TCP 服务端自动设置 SO_REUSEADDR，Windows 上不设置。',
    },
  },
  {
    id: 'E18',
    page: 'tcp-udp-sockets',
    lines: 'L149–150',
    severity: 'med',
    title: { zh: '「半连接池」说得笼统：listen(5) 设置的是 backlog', en: 'The “SYN queue” (半连接池) is loose: listen(5) sets the backlog' },
    note: {
      en: 'Loose rather than wrong. `listen(5)` sets the backlog: roughly how many connections may wait for `accept()`. Linux keeps two queues: the SYN queue (half-open connections, SYN received, handshake not finished) and the accept queue (handshake finished, waiting for `accept()`). The backlog, capped at `somaxconn`, bounds the accept queue, and since Linux 4.4 the SYN queue is also checked against min(backlog, somaxconn); `tcp_max_syn_backlog` is an extra limit on the SYN queue that applies only when SYN cookies are off. Other systems differ (traditional BSD stacks multiplied it by 1.5). This site renders 半连接池 as “SYN queue”, the author\'s term, and means by it this whole waiting room. It does not limit how many clients are served.',
      zh: '说得笼统，但不算错。`listen(5)` 设置的是 backlog，大致是可以排队等待 `accept()` 的连接数。Linux 实际上有两个队列：SYN 队列（半连接：收到 SYN、握手未完成）和 accept 队列（全连接：握手已完成、等待 `accept()`）。backlog（上限为 `somaxconn`）限制 accept 队列；从 Linux 4.4 起，SYN 队列也按 min(backlog, somaxconn) 检查；`tcp_max_syn_backlog` 是 SYN 队列的额外上限，只在关闭 SYN cookies 时起作用。其他系统的算法不同（传统的 BSD 实现会乘以 1.5）。本站把「半连接池」译作 “SYN queue”，沿用作者的说法，指的是这整个排队等待的地方。它不限制能服务的客户端总数。',
    },
  },
  {
    id: 'E19',
    page: 'tcp-udp-sockets',
    lines: 'L163–172',
    severity: 'med',
    title: { zh: '关于 Windows 的注释放错了分支', en: 'The Windows comment is on the wrong branch' },
    note: {
      en: '`recv()` returning `b\'\'` means the peer closed the connection (it sent FIN) — on every OS; on Linux/macOS this is usually also what you see when the client process is killed (the kernel closes its sockets). On Windows an abrupt disconnect usually raises `ConnectionResetError` ([WinError 10054]) instead, which the `except` branch catches. So L164–165 put the Windows case on the empty-data branch, where it does not belong; it belongs to the `except` branch, whose comment (L171) only says “for whatever system”.',
      zh: '`recv()` 返回 `b\'\'` 表示对方关闭了连接（发送了 FIN），所有系统都如此；在 Linux/macOS 上客户端进程被强制结束时通常也是这种表现（内核会替它关闭 socket）。Windows 上客户端异常断开通常会抛出 `ConnectionResetError`（[WinError 10054]），由 `except` 分支处理。所以 L164–165 把 Windows 的情况写在了「收到空数据」这一支上，而它其实属于 L171 那一支（L171 只写了「不知道什么系统」）。',
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
  {
    id: 'E65',
    page: 'tcp-udp-sockets',
    lines: 'L167–168',
    severity: 'med',
    title: { zh: '在 try 里解码：半个汉字就会把客户端悄悄丢掉', en: 'Decoding inside the try: half a character silently drops the client' },
    note: {
      en: 'Added in review (not in the content map). `data.decode(\'utf-8\')` runs inside the `try`. A Chinese character is 3 bytes in UTF-8; if a message is longer than 1 024 bytes, `recv(1024)` can cut a character in half, `decode` raises `UnicodeDecodeError`, and `except Exception: break` closes the connection without a word — the client just loses its server. Decode only complete messages (frame them, see the next page) or use `decode(\'utf-8\', errors=\'replace\')` for printing, and catch only `ConnectionError` (or `OSError`) around `recv`/`send`.',
      zh: '审校补充（内容地图中没有）。`data.decode(\'utf-8\')` 写在 `try` 里面。一个汉字在 UTF-8 中占 3 个字节，消息超过 1024 字节时，`recv(1024)` 可能把一个字切成两半，`decode` 抛出 `UnicodeDecodeError`，`except Exception: break` 随即一声不响地断开连接——客户端就这样失去了服务端。应只解码完整的消息（先分好边界，见下一页），打印时可用 `decode(\'utf-8\', errors=\'replace\')`，并且在 `recv`/`send` 外只捕获 `ConnectionError`（或 `OSError`）。',
    },
  },
];
export default errata;
