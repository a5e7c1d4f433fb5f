// DNS: turn a domain name into IP addresses. 域名解析: 域名 → IP 地址.
// Run: node dns-lookup.js [name=localhost] [--resolve]
//   dns.lookup asks the operating system (the hosts file, then DNS servers), like most programs do;
//   --resolve sends a real DNS query over UDP port 53 (needs the Internet).
import dns from 'node:dns/promises';

if (process.versions.webcontainer) {
  // The browser runtime has no resolver of its own to ask.
  console.error('DNS 解析在浏览器运行时中不可用 / DNS lookups are not available in the browser runtime (请在本地运行 / run it locally)');
  process.exit(2);
}

const args = process.argv.slice(2);
const name = args.find((a) => !a.startsWith('--')) ?? 'localhost';
try {
  // family 4: the IPv4 answers (the IPv6 ones, like ::1, depend on the machine's hosts file)
  for (const { address, family } of await dns.lookup(name, { all: true, family: 4 })) {
    console.log(`dns.lookup('${name}') → { address: '${address}', family: ${family} }`);
  }
  if (args.includes('--resolve')) {
    for (const address of await dns.resolve4(name)) console.log(`dns.resolve4('${name}') → ${address}`);
  }
} catch (err) {
  console.error(`${err.code ?? 'error'}: ${err.message}`);
  process.exit(1);
}
