// The browser runtime (WebContainer) has no UDP: say so clearly instead of crashing with a stack trace.
// 浏览器运行时没有 UDP: 给出说明并退出, 而不是抛出一堆错误栈.
import dgram from 'node:dgram';

const NOTICE = 'UDP 在浏览器运行时中不可用 / UDP is not available in the browser runtime — 请在本地运行 / run it locally (npm start)';

function unavailable(err) {
  console.error(NOTICE);
  console.error(`(${err.message})`);
  process.exit(2);
}

/** dgram.createSocket(options), or the notice and exit code 2 where UDP is missing. */
export function udpSocket(options) {
  let sock;
  try {
    sock = dgram.createSocket(options);
  } catch (err) {
    unavailable(err); // e.g. "TypeError: …getAsyncId is not a function" in a WebContainer
  }
  sock.on('error', (err) => {
    // Real socket errors (EADDRINUSE …) have a code; a missing UDP stack shows up as a plain TypeError.
    if (process.versions.webcontainer || err.code === undefined) unavailable(err);
    console.error(err.message);
    process.exit(1);
  });
  return sock;
}
