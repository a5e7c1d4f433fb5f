/**
 * `npm run runtime` / `npx live-sockets runtime`: the local runtime host alone (no site), on
 * 127.0.0.1, for pages of the published site (GitHub Pages) to pair with. Prints, in both languages,
 * what it is, where the code runs and the pairing link that carries a fresh token in its fragment:
 *   <site>?runtime=local#runtime=ws://127.0.0.1:<port>/__runtime&token=<token>
 * Options: --port (default 4322; taken → a free one), --allow-origin <origin> (repeatable; default the
 * origin of --site), --site <url> (default LIVE_SOCKETS_SITE, else SITE_URL + SITE_BASE).
 */
import { createServer } from 'node:http';
import { parseArgs } from 'node:util';
import { attachRuntimeHost, handleRuntimeHttp } from './runtime-host.ts';
import { normalizeOrigin } from './runtime-guard.ts';
import { makeToken, tokenMatches } from './runtime-token.ts';
import { listenOnLoopback } from './static-server.ts';

export const DEFAULT_RUNTIME_PORT = 4322;

export interface RuntimeCliOptions {
  port: number;
  /** The page the link opens, or undefined (then the reader pastes the fragment into the page). */
  site: string | undefined;
  allowOrigins: string[];
}

/** Parse the command line (without `node` and the script); throws an Error with a bilingual message. */
export function parseRuntimeArgs(args: string[], env: NodeJS.ProcessEnv = process.env): RuntimeCliOptions {
  const { values } = parseArgs({
    args,
    options: {
      port: { type: 'string' },
      'allow-origin': { type: 'string', multiple: true },
      site: { type: 'string' },
    },
  });
  const fromEnv = env['LIVE_SOCKETS_SITE'] ?? (env['SITE_URL'] ? new URL(env['SITE_BASE'] ?? '/', env['SITE_URL']).href : undefined);
  const site = values.site ?? fromEnv;
  if (site !== undefined && normalizeOrigin(site) === undefined) throw new Error(`--site 必须是 http(s) 网址 / --site must be an http(s) URL: ${site}`);
  const allowOrigins = (values['allow-origin'] ?? (site ? [site] : [])).map((o) => {
    const origin = normalizeOrigin(o);
    if (!origin) throw new Error(`--allow-origin 必须是 http(s) 源 / --allow-origin must be an http(s) origin: ${o}`);
    return origin;
  });
  if (allowOrigins.length === 0) throw new Error('请给出 --site 或 --allow-origin / Give --site or --allow-origin (which site may use this runtime).');
  const port = Number(values.port ?? env['PORT'] ?? DEFAULT_RUNTIME_PORT);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port 无效 / invalid --port: ${values.port}`);
  return { port, site, allowOrigins };
}

/** The pairing link for `site` (or just its fragment when there is no site). */
export function pairingLink(site: string | undefined, port: number, token: string): string {
  const fragment = `#runtime=ws://127.0.0.1:${port}/__runtime&token=${token}`;
  if (!site) return fragment;
  const url = new URL(site);
  url.searchParams.set('runtime', 'local');
  url.hash = '';
  return `${url.href}${fragment}`;
}

/** The text printed once listening (the only place the token ever appears). */
export function bannerText(o: { port: number; requestedPort: number; site: string | undefined; allowOrigins: string[]; link: string }): string {
  const lines = [
    'live-sockets 本机运行时 / local runtime',
    '  网页上的例子会在这台电脑上以真实进程运行，拥有你的用户权限；只接受本机连接。',
    '  The examples of the page run on THIS computer as real processes, with your user\'s rights; only connections from this machine are accepted.',
  ];
  if (o.port !== o.requestedPort && o.requestedPort !== 0) lines.push(`  端口 ${o.requestedPort} 已被占用，改用 ${o.port} / Port ${o.requestedPort} was taken, using ${o.port}`);
  lines.push(
    `  监听 / Listening: ws://127.0.0.1:${o.port}/__runtime`,
    `  允许的网站 / Allowed sites: ${o.allowOrigins.join(' ')}`,
    o.site
      ? '  在浏览器中打开这个配对链接（含本次启动的口令，不要分享）/ Open this pairing link in your browser (it holds this run\'s token: do not share it):'
      : '  把这一行粘贴到网页的“在我的电脑上运行”中（含口令，不要分享）/ Paste this line into the page\'s "Run on my computer" field (it holds a token: do not share it):',
    `    ${o.link}`,
    '  按 Ctrl-C 停止，所有程序随之停止 / Press Ctrl-C to stop; every program stops with it.',
  );
  return lines.join('\n');
}

const ROOT_TEXT = 'live-sockets 本机运行时：请打开它打印的配对链接。 / live-sockets local runtime: open the pairing link it printed.\n';

/** Run the stand-alone host until SIGINT/SIGTERM. Resolves once listening, with the port. */
export async function runRuntimeCli(args: string[]): Promise<number> {
  let options: RuntimeCliOptions;
  try {
    options = parseRuntimeArgs(args);
  } catch (error) {
    console.error((error as Error).message);
    process.exit(2);
  }
  const token = makeToken();
  const pairing = { allowOrigins: options.allowOrigins, tokenMatches: (given: string | null) => tokenMatches(given, token) };
  // No request is ever logged: the token travels in URLs.
  const server = createServer((req, res) => {
    if (handleRuntimeHttp(req, res, '/', pairing)) return;
    const root = (req.url ?? '/').split('?')[0] === '/';
    res.writeHead(root ? 200 : 404, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' });
    res.end(root ? ROOT_TEXT : 'Not found\n');
  });
  const host = attachRuntimeHost(server, { base: '/', pairing });
  const port = await listenOnLoopback(server, options.port);
  const link = pairingLink(options.site, port, token);
  console.log(bannerText({ port, requestedPort: options.port, site: options.site, allowOrigins: options.allowOrigins, link }));

  let stopping = false;
  const stop = async (): Promise<void> => {
    if (stopping) return;
    stopping = true;
    await host.close();
    server.closeAllConnections();
    server.close(() => process.exit(0));
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
  return port;
}
