import type { GlossaryEntry } from './glossary-types.ts';

/**
 * The glossary (CONTENT_MAP.md §4), one entry per term, in the order of the notes.
 * `zh[0]`/`en[0]` are the display forms; the other forms exist so the linker finds the term in
 * running text. Explanations may hold `inline code` in backticks.
 */
export const glossary: GlossaryEntry[] = [
  // — Architectures and layers (page network-basics) —
  {
    id: 'cs-architecture',
    zh: ['CS架构', 'C/S架构', 'C/S 架构'],
    en: ['client/server (C/S) architecture', 'client/server architecture', 'C/S architecture'],
    explain: {
      zh: '由专门的客户端程序与服务端程序通信的结构，例如桌面聊天软件。',
      en: 'A dedicated client program talks to a server program, e.g. a desktop chat app.',
    },
  },
  {
    id: 'bs-architecture',
    zh: ['BS架构', 'B/S架构', 'B/S 架构'],
    en: ['browser/server (B/S) architecture', 'browser/server architecture', 'B/S architecture'],
    explain: {
      zh: '客户端就是浏览器的 C/S 架构：用户不用另装程序，打开网页即可。',
      en: 'C/S where the client is a web browser: nothing to install, you open a web page.',
    },
  },
  {
    id: 'osi-model',
    zh: ['OSI七层协议', 'OSI 七层模型', '七层协议'],
    en: ['OSI seven-layer model', 'OSI model', 'seven-layer model'],
    explain: {
      zh: '把网络通信分为应用、表示、会话、传输、网络、数据链路、物理七层的参考模型。',
      en: 'Reference model splitting networking into seven layers: application, presentation, session, transport, network, data link, physical.',
    },
  },
  {
    id: 'five-layer-model',
    zh: ['五层协议', '五层模型'],
    en: ['five-layer model', 'five-layer (TCP/IP) model', 'TCP/IP model'],
    explain: {
      zh: '教学中常用的简化分层：应用层、传输层、网络层、数据链路层、物理层。',
      en: 'The simplified layering used in teaching: application, transport, network, data link and physical layers.',
    },
  },
  {
    id: 'application-layer',
    zh: ['应用层'],
    en: ['application layer'],
    explain: {
      zh: '最上层，程序自己的协议所在的层，如 HTTP、FTP 或自定义协议。',
      en: 'The top layer, where programs speak their own protocols such as HTTP, FTP or a custom one.',
    },
  },
  {
    id: 'transport-layer',
    zh: ['传输层'],
    en: ['transport layer'],
    explain: {
      zh: '用端口区分同一台主机上的程序，提供 TCP（可靠字节流）和 UDP（数据报）。',
      en: 'Tells the programs on one host apart by port and offers TCP (a reliable byte stream) and UDP (datagrams).',
    },
  },
  {
    id: 'network-layer',
    zh: ['网络层'],
    en: ['network layer'],
    explain: {
      zh: '用 IP 地址在不同网络之间寻址和转发数据包。',
      en: 'Addresses hosts by IP address and forwards packets between networks.',
    },
  },
  {
    id: 'data-link-layer',
    zh: ['数据链路层'],
    en: ['data link layer'],
    explain: {
      zh: '在同一局域网内用 MAC 地址把帧送到下一台设备，例如以太网。',
      en: 'Delivers frames to the next device on the same local network using MAC addresses, e.g. Ethernet.',
    },
  },
  {
    id: 'physical-layer',
    zh: ['物理层'],
    en: ['physical layer'],
    explain: {
      zh: '在线缆或无线信道上发送电信号、光信号，即 0 和 1 的比特。',
      en: 'Sends the raw bits, 0s and 1s, as electrical, optical or radio signals.',
    },
  },
  {
    id: 'data-message',
    zh: ['数据'],
    en: ['data (message)', 'message'],
    explain: {
      zh: '应用层交给下层发送的内容本身，各层的报头都加在它前面。',
      en: 'What the application hands down to be sent; every lower layer puts its header in front of it.',
    },
  },
  {
    id: 'segment',
    zh: ['段'],
    en: ['segment'],
    explain: {
      zh: '传输层的数据单位：TCP 报头加上应用层数据。',
      en: 'The transport layer’s unit: a TCP header plus the application data.',
    },
  },
  {
    id: 'packet',
    zh: ['数据包'],
    avoid: ['数据包含'],
    en: ['packet'],
    explain: {
      zh: '网络层的数据单位：IP 报头加上传输层的段。',
      en: 'The network layer’s unit: an IP header plus the transport-layer segment.',
    },
  },
  {
    id: 'frame',
    zh: ['数据帧', '帧'],
    en: ['frame'],
    explain: {
      zh: '数据链路层的数据单位：帧头（含源、目标 MAC 地址）加上数据包。',
      en: 'The data link layer’s unit: a frame header (with source and destination MAC addresses) plus the packet.',
    },
  },
  {
    id: 'bit',
    zh: ['位'],
    en: ['bit'],
    explain: {
      zh: '物理层传输的最小单位，一个 0 或 1。',
      en: 'The smallest unit the physical layer carries: one 0 or 1.',
    },
  },
  {
    id: 'header',
    zh: ['报头', '头部', '头信息'],
    en: ['header'],
    explain: {
      zh: '放在数据前面、描述数据的信息，如地址、类型、长度。',
      en: 'Information in front of the data that describes it, such as addresses, type and length.',
    },
  },
  {
    id: 'encapsulation',
    zh: ['封装'],
    en: ['encapsulation', 'encapsulate'],
    explain: {
      zh: '每一层把上一层交来的内容当作数据，在前面加上自己的报头。',
      en: 'Each layer treats what the layer above handed down as data and prepends its own header.',
    },
  },
  {
    id: 'ethernet',
    zh: ['以太网协议', '以太网', 'ethernet'],
    en: ['Ethernet'],
    explain: {
      zh: '最常见的局域网数据链路层协议，按 MAC 地址收发帧。',
      en: 'The most common data link protocol for local networks; it sends and receives frames by MAC address.',
    },
  },
  {
    id: 'nic',
    zh: ['网卡'],
    en: ['network interface card (NIC)', 'network interface card', 'NIC'],
    explain: {
      zh: '把计算机接入网络的硬件，每块网卡有自己的 MAC 地址。',
      en: 'The hardware that connects a computer to a network; each card has its own MAC address.',
    },
  },
  {
    id: 'mac-address',
    zh: ['mac地址', 'MAC地址', 'MAC 地址'],
    en: ['MAC address'],
    explain: {
      zh: '48 位的硬件地址，出厂时写入网卡，用于局域网内寻址。',
      en: 'A 48-bit hardware address set at the factory, used for addressing within a local network.',
    },
  },
  {
    id: 'broadcast',
    zh: ['广播'],
    en: ['broadcast'],
    explain: {
      zh: '发给同一广播域内所有主机的消息，例如 ARP 请求。',
      en: 'A message sent to every host in the same broadcast domain, such as an ARP request.',
    },
  },
  {
    id: 'broadcast-domain',
    zh: ['广播域'],
    en: ['broadcast domain'],
    explain: {
      zh: '广播能够到达的范围，通常就是一个局域网（子网），路由器不转发广播。',
      en: 'The set of hosts a broadcast reaches, usually one local network (subnet); routers do not forward broadcasts.',
    },
  },
  {
    id: 'gateway',
    zh: ['网关'],
    en: ['gateway', 'default gateway'],
    explain: {
      zh: '局域网通向外部网络的出口（通常是路由器），发往其他网络的包都交给它。',
      en: 'A local network’s way out (usually a router); packets for other networks are handed to it.',
    },
  },
  {
    id: 'routing-protocol',
    zh: ['路由协议'],
    en: ['routing protocol'],
    explain: {
      zh: '路由器之间交换路径信息、决定数据包下一跳的协议，如 OSPF、BGP。',
      en: 'A protocol routers use to exchange route information and choose a packet’s next hop, e.g. OSPF or BGP.',
    },
  },
  {
    id: 'subnet-mask',
    zh: ['子网掩码'],
    en: ['subnet mask'],
    explain: {
      zh: '标出 IP 地址中哪几位是网络部分；IP 与掩码按位与得到网络地址。',
      en: 'Marks which bits of an IP address are the network part; IP AND mask gives the network address.',
    },
  },
  {
    id: 'arp',
    zh: ['ARP'],
    en: ['Address Resolution Protocol (ARP)', 'Address Resolution Protocol', 'ARP'],
    explain: {
      zh: '用广播询问「这个 IP 的 MAC 地址是什么」，把 IP 地址解析成 MAC 地址。',
      en: 'Resolves an IP address to a MAC address by broadcasting “who has this IP?”.',
    },
  },
  // — Transport and application layers (page tcp-udp-protocols) —
  {
    id: 'port',
    zh: ['端口', 'port'],
    en: ['port'],
    explain: {
      zh: '0–65535 的编号，标识一台主机上的某个网络程序；IP + 端口标识全网唯一的程序。',
      en: 'A number from 0 to 65535 that identifies a network program on a host; IP + port identifies it worldwide.',
    },
  },
  {
    id: 'three-way-handshake',
    zh: ['三次握手'],
    en: ['three-way handshake'],
    explain: {
      zh: 'TCP 建立连接的过程：SYN、SYN+ACK、ACK，双方确认彼此的初始序号。',
      en: 'How TCP opens a connection: SYN, SYN-ACK, ACK, each side confirming the other’s initial sequence number.',
    },
  },
  {
    id: 'four-way-handshake',
    zh: ['四次挥手'],
    en: ['four-way handshake', 'connection teardown', 'four-way teardown'],
    explain: {
      zh: 'TCP 断开连接的过程：每个方向各发一个 FIN、回一个 ACK；主动关闭的一方最后进入 TIME_WAIT。',
      en: 'How TCP closes a connection: a FIN and an ACK in each direction; the side that closes first ends in TIME_WAIT.',
    },
  },
  {
    id: 'reliable-delivery',
    zh: ['可靠传输'],
    en: ['reliable delivery', 'reliable transmission'],
    explain: {
      zh: 'TCP 保证数据按顺序、不丢失地送达：没有被确认的数据会重传。',
      en: 'TCP’s promise that data arrives complete and in order: unacknowledged data is sent again.',
    },
  },
  {
    id: 'retransmission',
    zh: ['重传'],
    en: ['retransmission', 'retransmitted', 'retransmit'],
    explain: {
      zh: '发送方在超时前没收到确认时，把同一份数据再发一次。',
      en: 'Sending the same data again when no acknowledgement arrives in time.',
    },
  },
  {
    id: 'custom-protocol',
    zh: ['自定义协议'],
    en: ['custom protocol', 'custom (application-level) protocol'],
    explain: {
      zh: '程序自己约定的应用层格式，通常是固定长度的报头加数据。',
      en: 'An application-level format the programs agree on themselves, usually a fixed-length header plus data.',
    },
  },
  {
    id: 'socket',
    zh: ['套接字', 'socket'],
    en: ['socket'],
    explain: {
      zh: '操作系统提供给程序的网络通信接口，把传输层及以下的细节都封装起来。',
      en: 'The operating system’s interface for network communication, hiding the transport layer and everything below.',
    },
  },
  {
    id: 'stream-protocol',
    zh: ['流式协议'],
    en: ['stream protocol', 'byte-stream protocol', 'byte stream'],
    explain: {
      zh: '像 TCP 这样只传一串连续字节、不保留消息边界的协议。',
      en: 'A protocol like TCP that carries one continuous run of bytes and keeps no message boundaries.',
    },
  },
  {
    id: 'datagram',
    zh: ['数据报'],
    en: ['datagram'],
    explain: {
      zh: 'UDP 的消息单位：每次发送都是一个完整、独立的数据报，保留边界，但可能丢失或乱序。',
      en: 'UDP’s unit: each send is one whole, independent message with its boundary kept, but it may be lost or reordered.',
    },
  },
  {
    id: 'syn-queue',
    zh: ['半连接池'],
    // One rendering everywhere (page, diagram, glossary), enforced by tests/integration/content-terms.test.ts.
    en: ['SYN queue'],
    explain: {
      zh: '笔记对 `listen(n)` 中 n 所限制的排队区的叫法。严格说，半连接是收到 SYN、握手尚未完成的连接；笔记笼统地用它指所有等待 `accept()` 的连接。Linux 实际有两个队列：SYN 队列（半连接）和 accept 队列（已完成握手），backlog 对两者都有限制（见 E18）。',
      en: 'The notes’ name for the waiting room that the n of `listen(n)` bounds. Strictly, half-open connections have sent a SYN but not finished the handshake; the notes use the word loosely for every connection waiting for `accept()`. Linux really keeps two queues — the SYN queue (half-open) and the accept queue (handshake done) — and the backlog bounds both (see E18).',
    },
  },
  {
    id: 'accept-loop',
    zh: ['链接循环', '连接循环'],
    en: ['accept loop'],
    explain: {
      zh: '服务端不停调用 `accept()`，一个接一个地接收新连接的外层循环。',
      en: 'The server’s outer loop that keeps calling `accept()` to take one new connection after another.',
    },
  },
  {
    id: 'communication-loop',
    zh: ['通信循环'],
    en: ['communication loop', 'request loop'],
    explain: {
      zh: '在一个连接上反复收发消息的内层循环，直到对方断开。',
      en: 'The inner loop that receives and sends on one connection until the peer disconnects.',
    },
  },
  {
    id: 'sticky-packets',
    zh: ['粘包'],
    en: ['sticky packets', 'sticky-packet', 'message framing'],
    explain: {
      zh: 'TCP 字节流没有消息边界，接收方可能一次收到半条或多条消息；需要自己划分消息。',
      en: 'A TCP byte stream has no message boundaries, so a receiver may get half a message or several at once; the program must frame them.',
    },
  },
  {
    id: 'fixed-length-header',
    zh: ['固定长度报头', '固定长度的bytes'],
    en: ['fixed-length header', 'length prefix', 'length-prefixed'],
    explain: {
      zh: '在每条消息前先发一个固定字节数的报头（如 4 字节长度），接收方据此收完整条消息。',
      en: 'A header of a fixed number of bytes (e.g. a 4-byte length) sent before each message, so the receiver knows how much to read.',
    },
  },
  {
    id: 'network-byte-order',
    zh: ['网络字节序', '大端'],
    en: ['network byte order', 'big-endian'],
    explain: {
      zh: '多字节整数高位字节在前的顺序（大端），网络协议的约定；Python 写 `struct.pack("!I", n)`，Node 写 `writeUInt32BE`。',
      en: 'Most significant byte first (big-endian), the convention of network protocols; Python `struct.pack("!I", n)`, Node `writeUInt32BE`.',
    },
  },
  {
    id: 'dns',
    zh: ['dns', 'DNS'],
    en: ['Domain Name System (DNS)', 'Domain Name System', 'DNS'],
    explain: {
      zh: '把域名解析成 IP 地址的分布式系统，普通查询走 UDP 53 端口。',
      en: 'The distributed system that turns domain names into IP addresses; ordinary queries go over UDP port 53.',
    },
  },
  {
    id: 'name-resolution',
    zh: ['dns解析', '域名解析'],
    en: ['name resolution', 'DNS lookup'],
    explain: {
      zh: '查询某个域名对应的 IP 地址的过程。',
      en: 'Looking up the IP address that belongs to a domain name.',
    },
  },
  {
    id: 'domain-name',
    zh: ['域名'],
    en: ['domain name'],
    explain: {
      zh: '便于人记忆的主机名字，如 example.com，需要经过 DNS 解析成 IP 地址。',
      en: 'A human-friendly host name such as example.com, resolved to an IP address through DNS.',
    },
  },
  // — Multiprogramming and process theory (page concurrency-basics) —
  {
    id: 'concurrency',
    zh: ['并发'],
    avoid: ['并发送'],
    en: ['concurrency', 'concurrent', 'concurrently'],
    explain: {
      zh: '多个任务看起来在同时运行，实际上可能是在一个 CPU 上轮流执行。',
      en: 'Several tasks appear to run at the same time, though they may take turns on one CPU.',
    },
  },
  {
    id: 'parallelism',
    zh: ['并行'],
    en: ['parallelism', 'parallel'],
    explain: {
      zh: '多个任务真正在同一时刻执行，需要多个 CPU 核；并行一定是并发。',
      en: 'Several tasks really run at the same instant, which needs several CPU cores; parallelism is a kind of concurrency.',
    },
  },
  {
    id: 'uniprogramming',
    zh: ['单道'],
    en: ['uniprogramming'],
    explain: {
      zh: '内存中一次只有一个程序，做完一个再做下一个。',
      en: 'Only one program in memory at a time; the next starts when the previous has finished.',
    },
  },
  {
    id: 'serial-execution',
    zh: ['串行'],
    en: ['serial execution', 'serial'],
    explain: {
      zh: '任务一个接一个地执行，前一个结束后一个才开始。',
      en: 'Tasks run one after another; each starts only when the previous one has finished.',
    },
  },
  {
    id: 'multiprogramming',
    zh: ['多道技术', '多道'],
    en: ['multiprogramming'],
    explain: {
      zh: '内存中同时放多个程序，一个等待 I/O 时 CPU 转去执行另一个，提高利用率。',
      en: 'Keeping several programs in memory so the CPU runs another one while one waits for I/O.',
    },
  },
  {
    id: 'space-multiplexing',
    zh: ['空间上的复用'],
    en: ['space multiplexing'],
    explain: {
      zh: '多个程序同时共用一套硬件资源，例如各占内存的一部分。',
      en: 'Several programs share one set of hardware at once, e.g. each holding part of the memory.',
    },
  },
  {
    id: 'time-multiplexing',
    zh: ['时间上的复用'],
    en: ['time multiplexing'],
    explain: {
      zh: '多个程序轮流使用同一个 CPU，靠快速切换看起来像同时进行。',
      en: 'Several programs take turns on one CPU, switching fast enough to look simultaneous.',
    },
  },
  {
    id: 'context-switch',
    zh: ['切换+保存状态', '切换'],
    en: ['context switch', 'switch + save state'],
    explain: {
      zh: '操作系统暂停一个任务、保存它的执行状态，再恢复另一个任务的状态让它继续运行。',
      en: 'The OS pauses one task, saves its execution state, and restores another task’s state to run it.',
    },
  },
  {
    id: 'program',
    zh: ['程序'],
    en: ['program'],
    explain: {
      zh: '存放在硬盘上的代码，本身不会运行（「死」的）。',
      en: 'Code stored on disk; by itself it does nothing (it is “dead”).',
    },
  },
  {
    id: 'process',
    zh: ['进程'],
    en: ['process'],
    explain: {
      zh: '正在运行的程序：拥有自己的内存空间和资源（「活」的）。',
      en: 'A program while it runs, with its own memory space and resources (it is “alive”).',
    },
  },
  {
    id: 'process-scheduling',
    zh: ['进程调度'],
    en: ['process scheduling', 'CPU scheduling', 'scheduling'],
    explain: {
      zh: '操作系统决定下一个由哪个进程使用 CPU、用多久。',
      en: 'The OS deciding which process gets the CPU next, and for how long.',
    },
  },
  {
    id: 'fcfs',
    zh: ['先来先服务'],
    en: ['first-come, first-served (FCFS)', 'first-come, first-served', 'FCFS'],
    explain: {
      zh: '按到达顺序执行任务；短任务可能要等很久的长任务。',
      en: 'Runs tasks in arrival order; a short task may wait behind a long one.',
    },
  },
  {
    id: 'sjf',
    zh: ['短作业优先'],
    en: ['shortest job first (SJF)', 'shortest job first', 'shortest-job-first', 'SJF'],
    explain: {
      zh: '先执行预计耗时最短的任务；长任务可能一直等待（饥饿）。',
      en: 'Runs the task with the shortest expected time first; long tasks may wait indefinitely (starve).',
    },
  },
  {
    id: 'round-robin',
    zh: ['时间片轮转法', '时间片轮转'],
    en: ['round-robin', 'round robin'],
    explain: {
      zh: '每个任务轮流运行一个时间片，用完就排到队尾。',
      en: 'Each task runs for one time slice in turn, then goes to the back of the queue.',
    },
  },
  {
    id: 'time-slice',
    zh: ['时间片'],
    en: ['time slice', 'quantum', 'time slicing'],
    explain: {
      zh: '调度器一次分给任务的一小段 CPU 时间。',
      en: 'The short stretch of CPU time the scheduler gives a task at once.',
    },
  },
  {
    id: 'mlfq',
    zh: ['多级反馈队列'],
    en: ['multilevel feedback queue (MLFQ)', 'multilevel feedback queue', 'MLFQ'],
    explain: {
      zh: '多个优先级队列：新任务进最高层，用完时间片仍未结束就降到下一层，层越低时间片越长、优先级越低。',
      en: 'Several priority queues: new tasks enter the top one and drop a level each time they use up their slice; lower levels get longer slices and lower priority.',
    },
  },
  {
    id: 'ready-state',
    zh: ['就绪态'],
    en: ['ready state'],
    explain: {
      zh: '进程已具备运行条件，只等分到 CPU。',
      en: 'The process could run and is only waiting for a CPU.',
    },
  },
  {
    id: 'running-state',
    zh: ['运行态'],
    en: ['running state'],
    explain: {
      zh: '进程正在 CPU 上执行。',
      en: 'The process is executing on a CPU.',
    },
  },
  {
    id: 'blocked-state',
    zh: ['阻塞态'],
    en: ['blocked state', 'waiting state'],
    explain: {
      zh: '进程在等某个事件（I/O 完成、sleep 到时），即使有空闲 CPU 也不能运行。',
      en: 'The process waits for an event (I/O to finish, a sleep to end) and cannot run even if a CPU is free.',
    },
  },
  {
    id: 'synchronous',
    zh: ['同步'],
    en: ['synchronous', 'synchronously'],
    explain: {
      zh: '提交任务后原地等结果，拿到结果才继续。',
      en: 'Submit a task and wait right there for its result before going on.',
    },
  },
  {
    id: 'asynchronous',
    zh: ['异步'],
    en: ['asynchronous', 'asynchronously'],
    explain: {
      zh: '提交任务后不等结果，先做别的事；结果通过回调、Promise 等方式送回来。',
      en: 'Submit a task and carry on without waiting; the result comes back later through a callback, a promise and the like.',
    },
  },
  {
    id: 'async-callback',
    zh: ['异步回调', '回调'],
    en: ['asynchronous callback', 'callback'],
    explain: {
      zh: '任务完成时被自动调用、用来处理结果的函数。',
      en: 'A function called automatically when a task finishes, to handle its result.',
    },
  },
  {
    id: 'blocking',
    zh: ['阻塞'],
    en: ['blocking'],
    explain: {
      zh: '程序停下来等待（进入阻塞态），在等待期间不能做别的事。',
      en: 'The program stops and waits (it is in the blocked state) and can do nothing else meanwhile.',
    },
  },
  {
    id: 'non-blocking',
    zh: ['非阻塞'],
    en: ['non-blocking'],
    explain: {
      zh: '调用立即返回，程序保持在就绪态或运行态；异步非阻塞是最高效的组合。',
      en: 'Calls return at once and the program stays ready or running; asynchronous + non-blocking is the most efficient combination.',
    },
  },
  // — Processes (page processes) —
  {
    id: 'main-process',
    zh: ['主进程'],
    en: ['main process'],
    explain: {
      zh: '运行程序时最先启动的那个进程，它再创建子进程。',
      en: 'The process that starts when you run the program; it creates the child processes.',
    },
  },
  {
    id: 'parent-process',
    zh: ['父进程'],
    en: ['parent process'],
    explain: {
      zh: '创建了某个进程的进程，负责回收它的退出状态。',
      en: 'The process that created another one; it is responsible for reaping its exit status.',
    },
  },
  {
    id: 'child-process',
    zh: ['子进程'],
    en: ['child process'],
    explain: {
      zh: '由另一个进程创建的进程，有自己独立的内存空间。',
      en: 'A process created by another process, with its own separate memory space.',
    },
  },
  {
    id: 'pid',
    zh: ['进程号', 'PID号', 'pid号', 'PID'],
    en: ['process ID (PID)', 'process ID', 'PID'],
    explain: {
      zh: '操作系统分配给每个运行中进程的编号；Python 用 `os.getpid()`，Node 用 `process.pid`。',
      en: 'The number the OS gives every running process; `os.getpid()` in Python, `process.pid` in Node.',
    },
  },
  {
    id: 'ppid',
    zh: ['父进程的pid号', '父进程号'],
    en: ['parent process ID (PPID)', 'parent process ID', 'PPID'],
    explain: {
      zh: '父进程的进程号；Python 用 `os.getppid()`，Node 用 `process.ppid`。',
      en: 'The parent’s process ID; `os.getppid()` in Python, `process.ppid` in Node.',
    },
  },
  {
    id: 'reap',
    zh: ['回收'],
    en: ['reap', 'reaps', 'reaped', 'reaping'],
    explain: {
      zh: '父进程读取已结束子进程的退出状态（`wait`、`join`），系统随之释放它的 PID。',
      en: 'The parent collecting a finished child’s exit status (`wait`, `join`), after which the system frees its PID.',
    },
  },
  {
    id: 'zombie-process',
    zh: ['僵尸进程'],
    en: ['zombie process', 'zombie'],
    explain: {
      zh: '已经结束、但父进程还没回收的进程：不占内存，只占进程表项和 PID。',
      en: 'A process that has exited but not been reaped yet: no memory, only a process-table entry and its PID.',
    },
  },
  {
    id: 'orphan-process',
    zh: ['孤儿进程'],
    en: ['orphan process', 'orphan'],
    explain: {
      zh: '父进程先结束而仍在运行的进程，会被 PID 1（或 subreaper）收养并最终回收。',
      en: 'A process still running after its parent died; PID 1 (or a subreaper) adopts it and reaps it later.',
    },
  },
  {
    id: 'daemon-process',
    zh: ['守护进程'],
    en: ['daemon process', 'daemonic', 'daemon'],
    explain: {
      zh: 'Python `multiprocessing` 中设置 `daemon = True` 的子进程，主进程代码结束时被终止；与 Unix 的后台服务「守护进程」含义不同。',
      en: 'In Python’s `multiprocessing`, a child with `daemon = True`, terminated when the main code ends; not the same as a Unix daemon (a background service).',
    },
  },
  // — Mutex and IPC (page mutex-and-ipc) —
  {
    id: 'mutex',
    zh: ['互斥锁'],
    en: ['mutex', 'mutual-exclusion lock', 'lock'],
    explain: {
      zh: '同一时刻只允许一个进程或线程持有的锁，用来保护修改共享数据的那一段代码。',
      en: 'A lock that only one process or thread can hold at a time, guarding the code that changes shared data.',
    },
  },
  {
    id: 'acquire',
    zh: ['抢锁'],
    en: ['acquire'],
    explain: {
      zh: '获取锁：锁空闲就拿到并继续，否则等到别人释放。',
      en: 'Take the lock: continue at once if it is free, otherwise wait until its holder releases it.',
    },
  },
  {
    id: 'release',
    zh: ['释放锁'],
    en: ['release'],
    explain: {
      zh: '归还锁，让下一个等待者拿到；忘记释放会让其他人永远等下去。',
      en: 'Give the lock back so the next waiter gets it; forgetting to release leaves everyone else waiting forever.',
    },
  },
  {
    id: 'race-condition',
    zh: ['数据错乱'],
    en: ['race condition', 'data corruption'],
    explain: {
      zh: '多个进程或线程同时读写同一份数据，结果取决于执行的先后顺序，导致数据出错。',
      en: 'Several processes or threads read and write the same data at once, so the result depends on timing and comes out wrong.',
    },
  },
  {
    id: 'deadlock',
    zh: ['死锁'],
    en: ['deadlock'],
    explain: {
      zh: '几个进程或线程互相等待对方持有的锁，谁也无法继续。',
      en: 'Processes or threads each wait for a lock another one holds, so none can go on.',
    },
  },
  {
    id: 'queue',
    zh: ['队列'],
    en: ['queue', 'FIFO'],
    explain: {
      zh: '先进先出（FIFO）的数据结构；`multiprocessing.Queue` 可以在进程之间传递数据。',
      en: 'A first-in, first-out (FIFO) structure; `multiprocessing.Queue` carries data between processes.',
    },
  },
  {
    id: 'stack',
    zh: ['堆栈'],
    en: ['stack', 'LIFO'],
    explain: {
      zh: '先进后出（LIFO）的数据结构：最后放入的最先取出。',
      en: 'A last-in, first-out (LIFO) structure: the last item put in is the first taken out.',
    },
  },
  {
    id: 'ipc',
    zh: ['进程间通信', 'IPC机制', 'IPC'],
    en: ['inter-process communication (IPC)', 'inter-process communication', 'IPC'],
    explain: {
      zh: '进程之间交换数据的方式，如队列、管道、套接字；进程默认不共享内存，所以需要它。',
      en: 'Ways for processes to exchange data, such as queues, pipes and sockets; needed because processes share no memory by default.',
    },
  },
  {
    id: 'producer-consumer',
    zh: ['生产者消费者模型', '生产者', '消费者'],
    en: ['producer–consumer pattern', 'producer-consumer', 'producer', 'consumer'],
    explain: {
      zh: '生产者把数据放进队列，消费者从队列取出处理，两边速度不同也能配合。',
      en: 'Producers put data into a queue and consumers take it out to process it, so the two sides can run at different speeds.',
    },
  },
  // — Threads (page threads) —
  {
    id: 'thread',
    zh: ['线程'],
    en: ['thread'],
    explain: {
      zh: '进程内真正被 CPU 执行的执行流；同一进程的线程共享该进程的资源。',
      en: 'The flow of execution inside a process that the CPU actually runs; threads of one process share its resources.',
    },
  },
  {
    id: 'unit-of-resources',
    zh: ['资源单位'],
    en: ['unit of resources', 'unit of resource allocation'],
    explain: {
      zh: '进程的角色：操作系统以进程为单位分配内存等资源。',
      en: 'The role of a process: the OS hands out memory and other resources per process.',
    },
  },
  {
    id: 'unit-of-execution',
    zh: ['执行单位'],
    en: ['unit of execution'],
    explain: {
      zh: '线程的角色：CPU 调度和执行的是线程。',
      en: 'The role of a thread: threads are what the CPU schedules and runs.',
    },
  },
];
