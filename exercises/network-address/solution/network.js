// 练习：网络地址 = IP 与子网掩码按位与 (network address = IP AND mask).
// Make networkAddress() right for every prefix /0–/32, not only /8, /16 and /24.
export function networkAddress(ip, prefix) {
  const [a, b, c, d] = ip.split('.').map(Number);
  const n = ((a << 24) | (b << 16) | (c << 8) | d) >>> 0;
  // 掩码：前 prefix 位是 1 (the mask: the first `prefix` bits set); /0 is all zeros (<< 32 would do nothing).
  const mask = prefix === 0 ? 0 : (0xffffffff << (32 - prefix)) >>> 0;
  const net = (n & mask) >>> 0;
  return [net >>> 24, (net >>> 16) & 255, (net >>> 8) & 255, net & 255].join('.');
}
