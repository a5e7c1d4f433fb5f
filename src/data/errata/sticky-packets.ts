import type { Erratum } from './types.ts';

/** Errata shown on the `sticky-packets` page (CONTENT_MAP.md §3). */
const errata: Erratum[] = [
  {
    id: 'E25',
    page: 'sticky-packets',
    lines: 'L241',
    severity: 'high',
    title: { zh: '括号里说反了：没有粘包问题的是 UDP', en: 'Backwards: it is UDP that has no sticky-packet problem' },
    note: {
      zh: '只有 TCP 会出现粘包，因为它是没有消息边界的字节流；UDP 的每个数据报都是独立的。括号里应为「udp没有粘包问题」。（如果原意是「粘包不是 TCP 的缺陷，而是应用层需要自己划分消息边界」，应明确写出。）',
      en: "Only TCP has the “sticky packet” problem, because it is a byte stream without message boundaries; UDP keeps each datagram separate. The parenthesis should read “UDP has no sticky-packet problem”. (If the intended meaning was “TCP itself is not broken — message framing is the application's job”, say so explicitly.)",
    },
  },
  {
    id: 'E26',
    page: 'sticky-packets',
    lines: 'L242–243',
    severity: 'low',
    title: { zh: '粘包原因不完整：发送端也会合并数据', en: 'Incomplete causes: the sender can merge writes too' },
    note: {
      zh: '除了接收端没收干净之外，发送端也可能把多次小数据合并成一个报文发送（Nagle 算法、发送缓冲区），大数据也可能被分成多段到达：一次 `send` 不等于一次 `recv`。见 `sticky-demo.js`。',
      en: "Besides data left unread by the receiver, the sender side may merge small writes into one segment (Nagle's algorithm, send buffer) and large writes may arrive in pieces: one `send` is not one `recv`. See `sticky-demo.js`.",
    },
  },
  {
    id: 'E27',
    page: 'sticky-packets',
    lines: 'L247–251',
    severity: 'low',
    title: { zh: '错字与残留片段', en: 'Typos and a stray fragment' },
    note: {
      zh: '「知道recv_size=total_size」应为「直到 recv_size == total_size」；「recv+=接收」应为「recv_size += len(本次收到的数据)」；最后一行 `msg=server.recv(1024)` 是残留片段，接收数据用的应是连接对象（`conn`/`client`）。',
      en: 'Read “3. repeat **until** recv_size == total_size” (「知道」 → 「直到」) and “recv_size += len(received data)”; the last line `msg=server.recv(1024)` is a stray fragment — on the receiving side the socket is the connection (`conn`/`client`).',
    },
  },
  {
    id: 'E28',
    page: 'sticky-packets',
    lines: 'L274–281',
    severity: 'low',
    title: { zh: '先读 stdout 再读 stderr 可能死锁', en: 'Reading stdout, then stderr, can deadlock' },
    note: {
      zh: '先读完 stdout 再读 stderr，在命令向 stderr 输出大量内容时可能死锁（管道被写满）。应使用 `obj.communicate()` 或 `subprocess.run(cmd, shell=True, capture_output=True)`。',
      en: 'Reading all of stdout before stderr can deadlock when a command writes a lot to stderr (its pipe fills up). Use `stdout, stderr = obj.communicate()` or `subprocess.run(cmd, shell=True, capture_output=True)`.',
    },
  },
  {
    id: 'E29',
    page: 'sticky-packets',
    lines: 'L286, L312',
    severity: 'med',
    title: { zh: "报头用了本机字节序（'i'）", en: "The header uses native byte order ('i')" },
    note: {
      zh: "`'i'` 使用本机字节序和本机大小——x86/ARM 上是小端（5 打包为 `05 00 00 00`），字节序不同的机器或其他语言会读错长度。应使用网络字节序的无符号整数：`struct.pack('!I', total_size)` / `struct.unpack('!I', header)[0]`（Node 中对应 `writeUInt32BE` / `readUInt32BE`）。另外 `'i'` 是有符号数，最大约 2GB。",
      en: "`'i'` uses the machine's native byte order and size — little-endian on x86/ARM (5 → `05 00 00 00`), so a peer with another byte order or language reads a wrong length. Use network byte order, unsigned: `struct.pack('!I', total_size)` / `struct.unpack('!I', header)[0]` (Node: `writeUInt32BE` / `readUInt32BE`). `'i'` is also signed (max 2 GiB − 1).",
    },
  },
  {
    id: 'E30',
    page: 'sticky-packets',
    lines: 'L311',
    severity: 'low',
    title: { zh: 'recv(4) 可能不足 4 个字节', en: 'recv(4) may return fewer than 4 bytes' },
    note: {
      zh: '`recv(4)` 也可能少于 4 个字节（此时 `struct.unpack` 报错），应像接收数据部分一样循环，直到收满 4 个字节。',
      en: '`recv(4)` may return fewer than 4 bytes (then `struct.unpack` raises `struct.error`). Read exactly 4 bytes in a loop, the same way the body is read.',
    },
  },
  {
    id: 'E31',
    page: 'sticky-packets',
    lines: 'L316',
    severity: 'low',
    title: { zh: '变量名拼写错误', en: 'Variable name typo' },
    note: {
      zh: '变量名拼写错误，应为 `recv_data`。',
      en: 'Variable name typo: `recv_data`.',
    },
  },
  {
    id: 'E32',
    page: 'sticky-packets',
    lines: 'L318, L323',
    severity: 'med',
    title: { zh: '逐块解码，且前后编码不一致', en: 'Decoding chunk by chunk, with two different encodings' },
    note: {
      zh: '每收 1024 字节就解码一次，可能把一个多字节字符切成两半而报 UnicodeDecodeError。应先收齐全部字节再统一解码，编码取决于服务端系统（Windows 的 cmd 为 `gbk`，Linux/macOS 为 `utf-8`）。',
      en: "Decoding each 1 024-byte chunk separately can cut a multi-byte character in half (UnicodeDecodeError). Collect all bytes first and decode once, with the encoding of the server's system (`gbk` for Windows `cmd`, `utf-8` on Linux/macOS).",
    },
  },
  {
    id: 'E33',
    page: 'sticky-packets',
    lines: 'L319–323',
    severity: 'high',
    title: { zh: '遗留代码让客户端卡死', en: 'Left-over lines make the client hang' },
    note: {
      zh: "循环已经收满 `total_size` 字节后，`else:` 分支里又调用了一次 `client.recv(1024)`——服务端不会再发数据，客户端执行完第一条命令后就永远卡住（已用 `echo hello` 验证）。这是加报头之前版本的残留代码，应删除 L322–323（`cmd_res = client.recv(1024)` 和 `print(cmd_res.decode('gbk'))`），只保留 `print('')`。",
      en: "After the loop has received exactly `total_size` bytes, the `else:` branch calls `client.recv(1024)` again — no more data is coming, so the client hangs forever after the first command (verified with `echo hello`). Delete L322–323 (`cmd_res = client.recv(1024)` and `print(cmd_res.decode('gbk'))`) and keep `print('')`.",
    },
  },
  {
    id: 'E34',
    page: 'sticky-packets',
    lines: 'L254–323',
    severity: 'low',
    title: { zh: '客户端无法退出', en: 'No way to quit' },
    note: {
      zh: "客户端没有 `quit` 退出命令，会无限循环，应加上 `if msg == 'quit': break` 和 `client.close()`。没有输出的命令（如 `cd`、`mkdir x`）会发送长度为 0 的报头，修复 E33 后可正常工作。",
      en: "The client has no `quit` command and loops forever; add `if msg == 'quit': break` and `client.close()`. Commands with no output (`cd`, `mkdir x`) send a header of 0 and work once E33 is fixed.",
    },
  },
  {
    id: 'E35',
    page: 'sticky-packets',
    lines: 'L274–278',
    severity: 'med',
    title: { zh: '远程执行任意命令', en: 'Remote command execution' },
    note: {
      zh: '服务端把收到的任意文本当作 shell 命令执行（`shell=True`），等于给能连上的任何人开放了远程 shell。只能绑定 127.0.0.1 做练习，切勿暴露到网络，也不要在真实服务中使用。',
      en: 'The server runs any received text as a shell command (`shell=True`) — a remote shell for anyone who can connect. Bind to 127.0.0.1 only, never expose it, never use this pattern in real services.',
    },
  },
  {
    id: 'E62',
    page: 'sticky-packets',
    lines: 'L265',
    severity: 'med',
    title: { zh: 'accept() 不建立连接，只取走已建立的连接', en: 'accept() establishes nothing: it takes an established connection' },
    note: {
      en: 'Added in review (not in the content map). 「从半连接池中取出链接请求与其建立双向链接」 says `accept()` takes a request from the SYN queue (半连接池) and sets up the two-way connection with it. In fact the kernel completes the three-way handshake on its own, with no help from the program (see the handshake diagram on page 2 and E16: a client can connect while the server is busy); the finished connection waits in the accept queue, and `accept()` only takes it off that queue and returns a socket for it. On Linux the two queues are described in E18.',
      zh: '审校补充（内容地图中没有）。「从半连接池中取出链接请求与其建立双向链接」的意思是 `accept()` 从半连接池里取出请求并与它建立双向连接。实际上三次握手由内核自己完成，不需要程序参与（见第 2 页的握手图和 E16：服务端忙的时候客户端照样能连上）；握手完成的连接在 accept 队列（全连接队列）里等待，`accept()` 只是把它从队列中取出来，返回一个代表它的 socket。Linux 的两个队列见 E18。',
    },
  },
];
export default errata;
