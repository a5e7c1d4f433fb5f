/**
 * A .zip of a sandbox as it is now, for "Download": a minimal zip writer (STORE method, no
 * compression, CRC-32, UTF-8 names) and the archive's contents — the files, `package.json`, a short
 * bilingual README on running it with node, and the notes' Python where there is one. Pure: tested in Node.
 */

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

/** CRC-32 (the zip / PNG polynomial) of `bytes`. */
export function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = (CRC_TABLE[(c ^ b) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** A zip archive holding `files` (path → text), stored uncompressed; entries in the given order. */
export function createZip(files: Readonly<Record<string, string>>, date = new Date(2026, 0, 1)): Uint8Array {
  const enc = new TextEncoder();
  const time = (date.getHours() << 11) | (date.getMinutes() << 5) | (date.getSeconds() >> 1);
  const day = ((date.getFullYear() - 1980) << 9) | ((date.getMonth() + 1) << 5) | date.getDate();
  const locals: Uint8Array[] = [];
  const centrals: Uint8Array[] = [];
  let offset = 0;
  for (const [path, text] of Object.entries(files)) {
    const name = enc.encode(path);
    const data = enc.encode(text);
    const crc = crc32(data);
    const local = new Uint8Array(30 + name.length + data.length);
    const lv = new DataView(local.buffer);
    lv.setUint32(0, 0x04034b50, true);
    lv.setUint16(4, 20, true); // version needed
    lv.setUint16(6, 0x0800, true); // UTF-8 names
    lv.setUint16(8, 0, true); // STORE
    lv.setUint16(10, time, true);
    lv.setUint16(12, day, true);
    lv.setUint32(14, crc, true);
    lv.setUint32(18, data.length, true);
    lv.setUint32(22, data.length, true);
    lv.setUint16(26, name.length, true);
    local.set(name, 30);
    local.set(data, 30 + name.length);
    const central = new Uint8Array(46 + name.length);
    const cv = new DataView(central.buffer);
    cv.setUint32(0, 0x02014b50, true);
    cv.setUint16(4, (3 << 8) | 20, true); // made by Unix: the mode below applies
    cv.setUint16(6, 20, true);
    cv.setUint16(8, 0x0800, true);
    cv.setUint16(10, 0, true);
    cv.setUint16(12, time, true);
    cv.setUint16(14, day, true);
    cv.setUint32(16, crc, true);
    cv.setUint32(20, data.length, true);
    cv.setUint32(24, data.length, true);
    cv.setUint16(28, name.length, true);
    cv.setUint32(38, 0o100644 << 16, true); // a regular file, rw-r--r--
    cv.setUint32(42, offset, true);
    central.set(name, 46);
    locals.push(local);
    centrals.push(central);
    offset += local.length;
  }
  const centralSize = centrals.reduce((n, c) => n + c.length, 0);
  const end = new Uint8Array(22);
  const ev = new DataView(end.buffer);
  ev.setUint32(0, 0x06054b50, true);
  ev.setUint16(8, centrals.length, true);
  ev.setUint16(10, centrals.length, true);
  ev.setUint32(12, centralSize, true);
  ev.setUint32(16, offset, true);
  const out = new Uint8Array(offset + centralSize + end.length);
  let at = 0;
  for (const part of [...locals, ...centrals, end]) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

export interface ArchiveInput {
  id: string;
  title: { zh: string; en: string };
  /** Every program file with its current text (edits applied, shared modules included). */
  files: Readonly<Record<string, string>>;
  /** Each program's command line as it runs now, e.g. `node tcp-server.js --serial`. */
  commands: readonly { name: string; command: string }[];
  original?: string | undefined;
}

/** The files of the downloaded archive, under a folder named after the sandbox. */
export function archiveFiles(input: ArchiveInput): Record<string, string> {
  const runs = input.commands.map((c) => `    ${c.command}`).join('\n');
  const readme = [
    `# ${input.title.zh} / ${input.title.en}`,
    '',
    '来自 live-sockets 的沙盒（含你的修改）。需要 Node.js 22 或更新版本；只用内置模块，不必 npm install。',
    '在这个文件夹里打开终端，按顺序运行（服务端先运行；端口取自环境变量 PORT）：',
    '',
    'A live-sockets sandbox, with your edits. Needs Node.js 22 or newer; built-in modules only, no npm install.',
    'Open a terminal in this folder and run, in this order (servers first; the port comes from PORT):',
    '',
    runs,
    '',
    input.original !== undefined ? '原文的 Python 代码在 original.py。/ The notes\' Python is in original.py.\n' : '',
  ].join('\n');
  const out: Record<string, string> = {};
  const dir = `${input.id}/`;
  for (const [name, text] of Object.entries(input.files)) out[dir + name] = text;
  out[`${dir}package.json`] = `${JSON.stringify({ name: input.id, private: true, type: 'module' }, null, 2)}\n`;
  out[`${dir}README.md`] = readme;
  if (input.original !== undefined) out[`${dir}original.py`] = input.original;
  return out;
}
