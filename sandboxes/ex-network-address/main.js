// Run: node main.js [ip] [prefix] — prints the network address networkAddress() computes.
import { networkAddress } from './network.js';

const [ip = '192.168.1.77', prefix = '24'] = process.argv.slice(2);
console.log(`${ip}/${prefix} → 网络地址 network address ${networkAddress(ip, Number(prefix))}`);
