// A client to try the server by hand: every line you type is sent; the reply is printed.
import net from 'node:net';
import readline from 'node:readline';

const port = Number(process.env.PORT ?? 8080);
const conn = net.connect(port, '127.0.0.1', () => console.log('connected; type a line (Ctrl-D ends)'));
conn.on('data', (data) => console.log(`reply: ${data.toString('utf8')}`));
conn.on('error', (err) => console.log(`error: ${err.message}`));
conn.on('close', () => process.exit(0));
const rl = readline.createInterface({ input: process.stdin });
rl.on('line', (line) => conn.write(line));
rl.on('close', () => conn.end());
