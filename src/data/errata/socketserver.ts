import type { Erratum } from './types.ts';

/** Errata shown on the `socketserver` page (CONTENT_MAP.md §3). */
const errata: Erratum[] = [
  {
    id: 'E36',
    page: 'socketserver',
    lines: 'L336, L348',
    severity: 'low',
    title: { zh: 'client_address 是 (ip, 端口)；不必手动 close', en: 'client_address is (ip, port); closing it yourself is unnecessary' },
    note: {
      zh: '`self.client_address` 是 `(ip, 端口)` 元组。手动 `self.request.close()` 并非必需，`handle()` 返回后 socketserver 会自动关闭（保留也无害）。',
      en: '`self.client_address` is an `(ip, port)` tuple. Closing `self.request` yourself is unnecessary: socketserver closes it after `handle()` returns (harmless).',
    },
  },
  {
    id: 'E37',
    page: 'socketserver',
    lines: 'L352 vs L189',
    severity: 'low',
    title: { zh: '端口不一致（8888 与 8080）', en: 'Port mismatch (8888 vs 8080)' },
    note: {
      zh: 'socketserver 监听 8888，而 B4 的客户端连接 8080，测试时要把客户端端口改成 8888。',
      en: "The socketserver listens on 8888, the client from B4 connects to 8080 — change the client's port to test.",
    },
  },
  {
    id: 'E38',
    page: 'socketserver',
    lines: 'L367–369',
    severity: 'med',
    title: { zh: 'UDP 处理函数的注释与代码有误', en: 'Wrong comment and code in the UDP handler' },
    note: {
      zh: 'UDP 服务端中 `self.request` 是元组 `(data, socket)`，不是连接对象；注释中的回复语句使用了未定义的变量。正确写法：`data, sock = self.request; sock.sendto(data.upper(), self.client_address)`。',
      en: 'For UDP servers `self.request` is a tuple `(data, socket)`, not a connection, and the commented reply uses undefined names. Correct: `data, sock = self.request; sock.sendto(data.upper(), self.client_address)`.',
    },
  },
  {
    id: 'E63',
    page: 'socketserver',
    lines: 'L351',
    severity: 'low',
    title: { zh: '同 E62：accept() 不建立连接', en: 'As E62: accept() establishes nothing' },
    note: {
      en: 'Added in review (not in the content map). The same comment as L265: the kernel has already completed the handshake; the accept loop inside `serve_forever()` only takes finished connections off the accept queue (see E62 on the previous page).',
      zh: '审校补充（内容地图中没有）。与 L265 是同一句注释：三次握手已经由内核完成，`serve_forever()` 里的链接循环只是把已建立的连接从 accept 队列中取出来（见上一页的 E62）。',
    },
  },
];
export default errata;
