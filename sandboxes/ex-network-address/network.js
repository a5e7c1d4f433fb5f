// 练习：网络地址 = IP 与子网掩码按位与 (network address = IP AND mask).
// Make networkAddress() right for every prefix /0–/32, not only /8, /16 and /24.
export function networkAddress(ip, prefix) {
  // 只对整字节的前缀正确：它把后面的整段清零 (only right for whole-byte prefixes: it zeroes whole parts).
  const parts = ip.split('.');
  const keep = Math.floor(prefix / 8);
  return parts.map((p, i) => (i < keep ? p : '0')).join('.');
}
