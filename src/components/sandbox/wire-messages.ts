/**
 * Texts of the wire view (issue 15), in both reading languages (html[data-lang] picks what shows).
 */
import type { Bilingual } from '../../sandbox/schema.ts';
import type { WireEvent, WireKind } from '../../runtime/wire-extract.ts';

const m = (zh: string, en: string): Bilingual => ({ zh, en });

export const WIRE_TEXT = {
  title: m('线路', 'Wire'),
  intro: m(
    '每个套接字一条竖线；箭头是一次 write/send（字节数和开头的内容），方框是程序一次收到的数据——两次 write 可能只收到一块。',
    'One lane per socket end; an arrow is one write/send (bytes and a preview), a box is one delivery to the program — two writes may arrive as one chunk.',
  ),
  pause: m('暂停', 'Pause'),
  clear: m('清空', 'Clear'),
  hex: m('十六进制', 'Hex'),
  table: m('事件表（供键盘和读屏使用）', 'Event table (for keyboard and screen readers)'),
  caption: m('线路上的套接字事件，按时间顺序', 'Socket events on the wire, in time order'),
  cols: [m('时间', 'Time'), m('程序', 'Program'), m('套接字', 'Socket'), m('事件', 'Event'), m('字节', 'Bytes'), m('内容', 'Preview')],
  empty: m('运行程序后，这里逐个显示每个套接字上发生的事件。', 'Run the programs: every socket event shows up here.'),
  recorded: m('录制的线路（一次真实运行）：运行程序后换成实时的。', 'Recorded wire (a real run): running the programs replaces it with the live one.'),
  paused: (n: number) => m(`已暂停：有 ${n} 个新事件未显示。`, `Paused: ${n} new events not shown.`),
  dropped: (n: number) => m(`丢弃了 ${n} 个事件：事件太多（探针每秒最多报告 100 个，视图最多保留 2000 个）。`, `${n} events dropped: too many (the probe reports at most 100 a second, the view keeps the last 2 000).`),
};

const KIND: Record<WireKind, Bilingual> = {
  listen: m('监听', 'listen'),
  connect: m('连接', 'connect'),
  accept: m('接受连接', 'accept'),
  write: m('写出', 'write'),
  data: m('收到数据', 'data'),
  end: m('FIN', 'FIN'),
  close: m('关闭', 'close'),
  send: m('发送数据报', 'send'),
  message: m('收到数据报', 'message'),
  error: m('错误', 'error'),
};

/** The label of an event kind (`end` says which way the FIN went). */
export function kindText(event: WireEvent): Bilingual {
  if (event.k === 'end') return event.dir === 'in' ? m('收到 FIN（对方不再发送）', 'FIN received (peer done sending)') : m('发出 FIN（不再发送）', 'FIN sent (done sending)');
  if (event.k === 'error') return m(`错误 ${event.code ?? ''}`, `error ${event.code ?? ''}`);
  return KIND[event.k];
}

/** `5 B`: bytes are the same in both languages, so one text. */
export function bytesText(n: number | undefined): string {
  return n === undefined ? '' : `${n} B`;
}

/** A lane's header: a listening socket says so (it shares its address with the sockets it accepts). */
export function laneText(label: string, role: 'listen' | 'tcp' | 'udp'): Bilingual {
  return role === 'listen' ? m(`${label}（监听）`, `${label} (listening)`) : m(label, label);
}
