// 远程执行命令的服务端 (B8): run each command received, send back its output.
// Run: node cmd-server.js            — every reply = 4-byte length header + output (frame.js)
//      node cmd-server.js --naive    — the output only, no header: the version with sticky packets
import net from 'node:net';
import { exec } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { encode } from './frame.js';

const naive = process.argv.includes('--naive');
// The naive pair uses its own port so both pairs can run side by side.
const port = Number(process.env.PORT ?? (naive ? 8082 : 8081));

// Used when there is no shell to run a command in (the browser runtime has only a few commands).
// 浏览器运行时里没有完整的 shell 时, 用这张内置命令表.
const builtins = {
  echo: (args) => `${args.join(' ')}\n`,
  cat: (args) => args.map((f) => readFileSync(f, 'utf8')).join(''),
  ls: () => `${readdirSync('.').sort().join('\n')}\n`,
  pwd: () => `${process.cwd()}\n`,
  big: ([n = '100']) => Array.from({ length: Number(n) }, (_, i) =>
    `line ${String(i + 1).padStart(3, '0')}: the quick brown fox jumps over the lazy dog\n`).join(''),
};

function runBuiltin(cmd) {
  const [name = '', ...args] = cmd.trim().split(/\s+/);
  try {
    return Buffer.from(builtins[name](args));
  } catch (err) {
    return Buffer.from(`${name}: ${err.message}\n`);
  }
}

// subprocess.Popen(cmd, shell=True) → stdout + stderr, as bytes
function run(cmd) {
  return new Promise((resolve) => {
    exec(cmd, { encoding: 'buffer', maxBuffer: 16 * 1024 * 1024 }, (err, stdout, stderr) => {
      const name = cmd.trim().split(/\s+/)[0] ?? '';
      // 127 = "command not found"; ENOENT = no shell at all
      const missing = err && (err.code === 127 || err.code === 'ENOENT');
      if (missing && Object.hasOwn(builtins, name)) resolve({ res: runBuiltin(cmd), builtin: true });
      else resolve({ res: Buffer.concat([stdout ?? Buffer.alloc(0), stderr ?? Buffer.alloc(0)]), builtin: false });
    });
  });
}

const server = net.createServer((conn) => {
  // Each 'data' chunk is taken as one command, like the seed's conn.recv(1024). On purpose, as in
  // the notes, only replies are framed, not commands: fine while commands are short and the clients
  // wait for a reply before sending the next one; a command over 1024 bytes, or two sent at once,
  // would be split or stuck together (the page says so). 命令方向没有报头，与原文一致，是有意保留的。
  conn.on('data', async (data) => {
    const cmd = data.toString('utf8');
    const { res, builtin } = await run(cmd);
    conn.write(naive ? res : encode(res)); // 1、先发报头 2、再发真实的数据
    console.log(`命令 command: ${cmd} → ${res.length} bytes${builtin ? ' (内置命令 built-in)' : ''}`);
  });
  conn.on('error', () => {}); // the client went away
});
server.on('error', (err) => {
  console.error(`${err.message} (端口被占用? port in use? try PORT=...)`);
  process.exit(1);
});
// Only 127.0.0.1: a server that runs any command it is sent must never listen on the network (E35).
server.listen(port, '127.0.0.1', () => console.log(`listening on 127.0.0.1:${port}${naive ? ' (--naive: 没有报头 / no header)' : ''}`));
