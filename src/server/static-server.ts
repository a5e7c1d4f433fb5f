/**
 * The server behind `npm start` (and the e2e tests): serves the built site from dist/ on loopback,
 * optionally with the cross-origin isolation headers WebContainers need and the local runtime at
 * `<base>__runtime`. `npm run preview:pages` uses it without both, exactly like GitHub Pages.
 */
import { createServer, type Server, type IncomingMessage, type ServerResponse } from 'node:http';
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { gzip } from 'node:zlib';
import { promisify } from 'node:util';
import { join } from 'node:path';
import { contentType } from './mime.ts';
import { candidateFiles, normaliseBase } from './static-paths.ts';
import { attachRuntimeHost, handleRuntimeHttp } from './runtime-host.ts';

export interface StaticServerOptions {
  /** Folder with the built site. */
  root: string;
  /** Base path the site was built for. @default "/" */
  base?: string;
  /** Send COOP/COEP/CORP so the page is cross-origin isolated. @default true */
  isolation?: boolean;
  /** Serve the local runtime (WebSocket at `<base>__runtime`). @default true */
  runtime?: boolean;
}

export const ISOLATION_HEADERS: Record<string, string> = {
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Embedder-Policy': 'require-corp',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

const gzipAsync = promisify(gzip);

/** Text types worth compressing (pages, scripts, styles, the search index's JSON/JS, SVG). */
export function isCompressible(type: string): boolean {
  return /^(text\/|application\/(json|javascript|xml|manifest\+json)|image\/svg\+xml)/.test(type);
}

/** Gzipped bodies by file, reused until the file changes (a build replaces dist/). */
const gzipCache = new Map<string, { mtimeMs: number; body: Buffer }>();

async function gzipped(file: string, mtimeMs: number): Promise<Buffer> {
  const hit = gzipCache.get(file);
  if (hit && hit.mtimeMs === mtimeMs) return hit.body;
  const body = await gzipAsync(await readFile(file));
  gzipCache.set(file, { mtimeMs, body });
  return body;
}

async function findFile(root: string, names: string[]): Promise<string | null> {
  for (const name of names) {
    const file = join(root, name);
    try {
      if ((await stat(file)).isFile()) return file;
    } catch {
      // try the next candidate
    }
  }
  return null;
}

/** Create (not start) the server. Call `listen()` on the result, e.g. with {@link listenOnLoopback}. */
export function createStaticServer(options: StaticServerOptions): Server & { closeRuntime?: () => Promise<void> } {
  const base = normaliseBase(options.base ?? '/');
  const isolation = options.isolation ?? true;
  const runtime = options.runtime ?? true;

  const handler = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    if (isolation) for (const [k, v] of Object.entries(ISOLATION_HEADERS)) res.setHeader(k, v);
    if (runtime && handleRuntimeHttp(req, res, base)) return;
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    const url = req.url ?? '/';
    const names = candidateFiles(url, base);
    // "/sub" without its slash: redirect so relative asset URLs resolve under the base.
    if (names && url.split('?')[0] === base.slice(0, -1) && base !== '/') {
      res.writeHead(301, { Location: base }).end();
      return;
    }
    const file = names ? await findFile(options.root, names) : null;
    if (!file) {
      const notFound = await findFile(options.root, ['404.html']);
      res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' });
      if (notFound && req.method === 'GET') createReadStream(notFound).pipe(res);
      else res.end('Not found');
      return;
    }
    const type = contentType(file);
    const headers: Record<string, string> = {
      'Content-Type': type,
      // Hashed assets never change; pages and search index may.
      'Cache-Control': file.includes('/_astro/') ? 'public, max-age=31536000, immutable' : 'no-cache',
    };
    // Compress like a static host (GitHub Pages does): pages with several sandboxes are large.
    if (isCompressible(type)) {
      headers['Vary'] = 'Accept-Encoding';
      if (/\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
        const body = await gzipped(file, (await stat(file)).mtimeMs);
        res.writeHead(200, { ...headers, 'Content-Encoding': 'gzip', 'Content-Length': String(body.length) });
        res.end(req.method === 'HEAD' ? undefined : body);
        return;
      }
    }
    res.writeHead(200, headers);
    if (req.method === 'HEAD') res.end();
    else createReadStream(file).on('error', () => res.destroy()).pipe(res);
  };

  const server = createServer((req, res) => {
    handler(req, res).catch(() => {
      if (!res.headersSent) res.writeHead(500);
      res.end();
    });
  }) as Server & { closeRuntime?: () => Promise<void> };
  if (runtime) {
    const host = attachRuntimeHost(server, { base });
    server.closeRuntime = () => host.close();
  }
  return server;
}

/**
 * Listen on 127.0.0.1 at `port`; when it is taken, fall back to a free port. Resolves with the port.
 */
export function listenOnLoopback(server: Server, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const attempt = (p: number, fallback: boolean): void => {
      const onError = (err: NodeJS.ErrnoException): void => {
        if (fallback && err.code === 'EADDRINUSE') attempt(0, false);
        else reject(err);
      };
      server.once('error', onError);
      server.listen(p, '127.0.0.1', () => {
        server.off('error', onError);
        const addr = server.address();
        resolve(typeof addr === 'object' && addr ? addr.port : p);
      });
    };
    attempt(port, port !== 0);
  });
}
