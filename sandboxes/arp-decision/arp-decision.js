// ARP: whose MAC address do I need? 比较网络地址: same network → the target's MAC, else the gateway's.
// Run: node arp-decision.js [my-ip/prefix] [gateway] [target]
const [me = '192.168.1.10/24', gateway = '192.168.1.1', target = '8.8.8.8'] = process.argv.slice(2);

function parseIp(text) {
  const parts = text.split('.').map(Number);
  if (parts.length !== 4 || parts.some((p) => !Number.isInteger(p) || p < 0 || p > 255)) {
    console.error(`不是 IPv4 地址 / not an IPv4 address: ${text}`);
    process.exit(1);
  }
  return ((parts[0] << 24) | (parts[1] << 16) | (parts[2] << 8) | parts[3]) >>> 0;
}
const show = (n) => [n >>> 24, (n >>> 16) & 255, (n >>> 8) & 255, n & 255].join('.');

const [myIpText, prefixText = '24'] = me.split('/');
const prefix = Number(prefixText);
if (!Number.isInteger(prefix) || prefix < 0 || prefix > 32) {
  console.error(`子网前缀应为 0–32 / the prefix must be 0–32: /${prefixText}`);
  process.exit(1);
}
const mask = prefix === 0 ? 0 : (0xffffffff << (32 - prefix)) >>> 0;
const myIp = parseIp(myIpText);
const targetIp = parseIp(target);
parseIp(gateway);

// 网络地址 = IP 与 子网掩码 按位与 (network address = IP AND mask)
const myNet = (myIp & mask) >>> 0;
const targetNet = (targetIp & mask) >>> 0;
console.log(`子网掩码 mask /${prefix} = ${show(mask)}`);
console.log(`我的网络地址 my network = ${show(myNet)}, 目标网络地址 target network = ${show(targetNet)}`);
if (myNet === targetNet) {
  console.log(`同一网络 same network → ARP 广播: who has ${target}? 直接拿目标的 MAC`);
} else {
  console.log(`不同网络 different network → ARP 广播: who has ${gateway}? 拿网关的 MAC，由网关转发`);
}
