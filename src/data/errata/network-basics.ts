import type { Erratum } from './types.ts';

/**
 * Errata shown on the `network-basics` page (CONTENT_MAP.md §3, E1–E7).
 * The map's **bold** words are written plain: notes support `code` spans only.
 */
const errata: Erratum[] = [
  {
    id: 'E1',
    page: 'network-basics',
    lines: 'L1, L7–13',
    severity: 'low',
    title: { zh: '标题是七层，内容是五层', en: 'Heading says seven layers, the notes list five' },
    note: {
      en: 'The OSI reference model has seven layers — application, presentation, session, transport, network, data link, physical. These notes use the five-layer (TCP/IP-style) model, which merges the top three into one application layer.',
      zh: 'OSI 参考模型共七层：应用层、表示层、会话层、传输层、网络层、数据链路层、物理层。笔记使用的是五层模型，把应用层、表示层、会话层合并成了一个应用层。',
    },
  },
  {
    id: 'E2',
    page: 'network-basics',
    lines: 'L28',
    severity: 'low',
    title: { zh: '以太网帧头不止两个地址', en: 'An Ethernet header holds more than the two addresses' },
    note: {
      en: 'An Ethernet header is destination MAC (6 bytes) + source MAC (6 bytes) + EtherType (2 bytes, e.g. 0x0800 = IPv4); the frame also ends with a checksum (FCS).',
      zh: '以太网帧头 = 目标 MAC（6 字节）+ 源 MAC（6 字节）+ 类型（2 字节，如 0x0800 表示 IPv4），帧尾还有校验字段（FCS）。',
    },
  },
  {
    id: 'E3',
    page: 'network-basics',
    lines: 'L31',
    severity: 'low',
    title: { zh: 'MAC 地址并非不可改变', en: 'MAC addresses are not fixed for life' },
    note: {
      en: 'Vendors assign unique MACs, but the OS can change them and many devices use random (private) MACs on Wi-Fi. A MAC only needs to be unique within the local network.',
      zh: '厂商分配的 MAC 地址是唯一的，但操作系统可以修改，很多设备连 Wi-Fi 时还会使用随机 MAC。MAC 只需要在局域网内唯一。',
    },
  },
  {
    id: 'E4',
    page: 'network-basics',
    lines: 'L39',
    severity: 'low',
    title: { zh: '「数据帧」应为「数据包」', en: '“Frame” should read “packet”' },
    note: {
      en: 'Read “a packet has two parts: header + data”.',
      zh: '应为「数据包分成两部分」。',
    },
  },
  {
    id: 'E5',
    page: 'network-basics',
    lines: 'L34, L43',
    severity: 'low',
    title: { zh: '广播域与子网掩码的说法不够准确', en: 'Broadcast domains and subnet masks, stated loosely' },
    note: {
      en: 'An IP subnet usually matches one broadcast domain (one LAN/VLAN); routers (gateways) separate broadcast domains. Notation: `192.168.1.10/24`, i.e. address 192.168.1.10 with mask 255.255.255.0; network address = IP AND mask.',
      zh: '一个 IP 子网通常对应一个广播域（一个局域网/VLAN），路由器（网关）隔离广播域。写法如 `192.168.1.10/24`，即地址 192.168.1.10、掩码 255.255.255.0；网络地址 = IP 与掩码按位与。',
    },
  },
  {
    id: 'E6',
    page: 'network-basics',
    lines: 'L49–52',
    severity: 'med',
    title: { zh: 'ARP 只讲了跨网络的情况', en: 'ARP: only the “different network” case is described' },
    note: {
      en: 'If both network addresses are equal, ARP asks for the target\'s own MAC; if they differ, it asks for the gateway\'s MAC and the gateway forwards the packet. The ARP request is a broadcast (ff:ff:ff:ff:ff:ff), the reply is unicast, and answers are cached in the ARP table (`arp -a`).',
      zh: '网络地址相同时，ARP 直接请求目标主机的 MAC；不同时才请求网关的 MAC，由网关转发。ARP 请求是广播（ff:ff:ff:ff:ff:ff），应答是单播，结果缓存在 ARP 表中（`arp -a` 可查看）。',
    },
  },
  {
    id: 'E7',
    page: 'network-basics',
    lines: 'L56–58',
    severity: 'med',
    title: { zh: 'IP+MAC 并不是全球唯一标识', en: 'IP + MAC is not a worldwide identifier' },
    note: {
      en: 'Only public IP addresses are globally unique; private ranges (10.0.0.0/8, 172.16.0.0/12, 192.168.0.0/16) are reused behind NAT. MAC addresses never leave the local network (they are rewritten at every hop), so “IP + MAC” is not a global identifier. On the Internet an endpoint is identified by public IP + protocol + port.',
      zh: '只有公网 IP 全球唯一；私有地址（10.0.0.0/8、172.16.0.0/12、192.168.0.0/16）在 NAT 之后被大量重复使用。MAC 地址出不了局域网（每一跳都会被改写），所以「IP+MAC」并不是全球标识。互联网上一个通信端点由公网 IP + 协议 + 端口确定。',
    },
  },
  {
    id: 'E66',
    page: 'network-basics',
    lines: 'L36',
    severity: 'low',
    title: { zh: '路由协议交换的是路由，转发靠路由表', en: 'Routing protocols exchange routes; forwarding uses the routing table' },
    note: {
      en: 'Added in review (not in the content map). Routing protocols (OSPF, BGP, RIP …) are how routers tell each other which networks they can reach; the result is each router\'s routing table. A packet itself is not sent “over a routing protocol”: the gateway looks its destination up in the routing table and forwards it to the next hop. A home gateway usually has a single default route and runs no routing protocol at all.',
      zh: '审校补充（内容地图中没有）。路由协议（OSPF、BGP、RIP 等）是路由器之间互相告知「能到达哪些网络」的协议，结果是每台路由器的路由表；数据包本身并不是「走路由协议」的：网关按目标地址查路由表，把包转发给下一跳。家用网关通常只有一条默认路由，根本不运行路由协议。',
    },
  },
];
export default errata;
