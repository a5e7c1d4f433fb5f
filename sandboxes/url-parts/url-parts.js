// URL = 协议 + 域名 + 路径 (scheme + domain name + path). DNS later turns the domain name into an IP.
// Run: node url-parts.js [url]
const url = new URL(process.argv[2] ?? 'https://www.example.com:8443/docs/index.html?lang=zh#tcp');

const defaults = { 'http:': '80', 'https:': '443', 'ftp:': '21' };
console.log(`协议 protocol: ${url.protocol}`);
console.log(`域名 hostname: ${url.hostname}`);
console.log(`端口 port: ${url.port || `${defaults[url.protocol] ?? '?'} (省略时用默认端口 / default port when omitted)`}`);
console.log(`路径 pathname: ${url.pathname}`);
console.log(`查询 search: ${url.search}  片段 hash: ${url.hash}`);
