/**
 * The local runtime host: a WebSocket endpoint at `<base>__runtime` on an existing http.Server
 * (`npm start`'s static server, or the Astro dev server through `runtime-integration.ts`), running
 * the page's programs as real processes on this machine. Protocol: `src/runtime/local-protocol.ts`.
 *
 * Safety: only loopback peers, a loopback `Host` with this server's port and the page's own `Origin`
 * are accepted (`runtime-guard.ts`); each connection gets its own temporary folder and its programs
 * are stopped and the folder removed when it closes (`runtime-session.ts`); caps in `runtime-limits.ts`.
 * A stand-alone host (`npm run runtime`, option `pairing`) serves pages of other origins instead: their
 * `Origin` must be on its allow-list and they must present its token (`runtime-token.ts`).
 */
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';
import { parseClientMessage } from '../runtime/local-protocol.ts';
import { isAllowedOrigin, isLoopbackHost, pairedRefusal, PAIRING_REFUSALS, upgradeRefusal, type PairingRules } from './runtime-guard.ts';
import { DEFAULT_LIMITS, type RuntimeLimits } from './runtime-limits.ts';
import { createRuntimeSession, type RuntimeSession } from './runtime-session.ts';
import { hostPython, type PythonInfo } from './runtime-python.ts';

export interface RuntimeHostOptions {
  /** The site's base path; the endpoint is `${base}__runtime`. @default '/' */
  base?: string;
  /** Override caps (tests use small ones). @default DEFAULT_LIMITS */
  limits?: Partial<RuntimeLimits>;
  /** Parent folder of the per-connection temporary folders. @default os.tmpdir() */
  tmpRoot?: string;
  /** Stand-alone host: accept the allowed origins with the token instead of the page's own origin. */
  pairing?: PairingRules;
  /** The python3 that `python3` programs run (tests pass null for a machine without one). @default hostPython() */
  python?: PythonInfo | null;
}

export interface RuntimeHost {
  /** Stop accepting connections, stop every program and remove every temporary folder. */
  close(): Promise<void>;
}

/** `'/'`, `'/repo'`, `'repo/'` → `'/'`, `'/repo/'`, `'/repo/'`. */
function normalizeBase(base: string): string {
  const withLead = base.startsWith('/') ? base : `/${base}`;
  return withLead.endsWith('/') ? withLead : `${withLead}/`;
}

function pathnameOf(url: string | undefined): string {
  return new URL(url ?? '/', 'http://localhost').pathname;
}

function tokenOf(url: string | undefined): string | null {
  return new URL(url ?? '/', 'http://localhost').searchParams.get('token');
}

function refuse(socket: Duplex, status: 403 | 404, reason: string): void {
  const text = status === 403 ? 'Forbidden' : 'Not Found';
  socket.end(
    `HTTP/1.1 ${status} ${text}\r\nConnection: close\r\nContent-Type: text/plain; charset=utf-8\r\n` +
      `Content-Length: ${Buffer.byteLength(reason)}\r\n\r\n${reason}`,
  );
}

/** The health answer of a working host: the page learns from it whether Python programs can run. */
function healthBody(python: PythonInfo | null, paired: boolean): Record<string, unknown> {
  return { runtime: 'local', ...(paired ? { paired: true } : {}), python: python?.version ?? null };
}

/**
 * Answer `GET|HEAD <base>__runtime/health` with `{"runtime":"local","python":"3.11.7"}` (`python: null`
 * when the machine has no python3), which tells the page that the local runtime is here and whether it
 * runs Python programs. Returns true when it handled the request; call it before other routes.
 * With `pairing` (a stand-alone host), the route needs `?token=`, answers CORS to allowed origins
 * and their preflight (`OPTIONS`, with Chrome's private-network opt-in); a refusal is
 * `403 {"error":"host"|"origin"|"token"}` so the page can explain which rule failed. Other origins
 * get no preflight and may read only their own `{"error":"origin"}` refusal.
 */
export function handleRuntimeHttp(
  req: IncomingMessage,
  res: ServerResponse,
  base: string,
  pairing?: PairingRules,
  python: PythonInfo | null = hostPython(),
): boolean {
  if (pathnameOf(req.url) !== `${normalizeBase(base)}__runtime/health`) return false;
  if (pairing) return pairedHealth(req, res, pairing, python);
  if (req.method !== 'GET' && req.method !== 'HEAD') return false;
  const allowed = isLoopbackHost(req.headers.host, req.socket.localPort ?? 0);
  const body = JSON.stringify(allowed ? healthBody(python, false) : { error: 'forbidden host' });
  res.writeHead(allowed ? 200 : 403, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(body),
    'Cache-Control': 'no-store',
    'Cross-Origin-Resource-Policy': 'same-origin',
  });
  res.end(req.method === 'HEAD' ? undefined : body);
  return true;
}

function pairedHealth(req: IncomingMessage, res: ServerResponse, pairing: PairingRules, python: PythonInfo | null): boolean {
  const origin = req.headers.origin;
  const allowed = origin !== undefined && isAllowedOrigin(origin, pairing.allowOrigins);
  const cors: Record<string, string> = { Vary: 'Origin' };
  if (allowed) cors['Access-Control-Allow-Origin'] = origin;
  if (req.method === 'OPTIONS') {
    if (allowed) {
      cors['Access-Control-Allow-Methods'] = 'GET, HEAD';
      cors['Access-Control-Max-Age'] = '600';
      if (req.headers['access-control-request-private-network'] === 'true') cors['Access-Control-Allow-Private-Network'] = 'true';
    }
    res.writeHead(cors['Access-Control-Allow-Origin'] ? 204 : 403, cors).end();
    return true;
  }
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { ...cors, Allow: 'GET, HEAD, OPTIONS' }).end();
    return true;
  }
  const refusal = pairedRefusal({
    remoteAddress: req.socket.remoteAddress,
    host: req.headers.host,
    origin,
    port: req.socket.localPort ?? 0,
    token: tokenOf(req.url),
    originOptional: true,
  }, pairing);
  // A page of another origin may read one thing only: that it was refused (nothing about the token,
  // which is not even checked for it). Without this a browser shows it a bare network error, the same
  // as for a runtime that is not running, and the no-cors probe that could tell them apart fails on
  // pages isolated by coi-serviceworker (Chromium blocks the worker's opaque answer).
  if (refusal === 'origin' && origin !== undefined && req.method === 'GET') cors['Access-Control-Allow-Origin'] = origin;
  const body = JSON.stringify(refusal ? { error: refusal, message: PAIRING_REFUSALS[refusal] } : healthBody(python, true));
  res.writeHead(refusal ? 403 : 200, {
    ...cors,
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(body),
    'Cache-Control': 'no-store',
    // A page of the site may be cross-origin isolated (coi-serviceworker, COEP require-corp): let it
    // receive even an opaque answer, so that "refused" stays distinguishable from "not running".
    'Cross-Origin-Resource-Policy': 'cross-origin',
  });
  res.end(req.method === 'HEAD' ? undefined : body);
  return true;
}

/**
 * Serve the local runtime's WebSocket on `server` at `${base}__runtime`. Other upgrade requests are
 * left to the server's other listeners; plain requests are untouched (route the health check with
 * {@link handleRuntimeHttp}).
 * @example
 * const host = attachRuntimeHost(server, { base: '/' });
 * // later: await host.close();
 */
export function attachRuntimeHost(server: Server, options: RuntimeHostOptions = {}): RuntimeHost {
  const endpoint = `${normalizeBase(options.base ?? '/')}__runtime`;
  const limits: RuntimeLimits = { ...DEFAULT_LIMITS, ...options.limits };
  const python = options.python === undefined ? hostPython() : options.python;
  const wss = new WebSocketServer({ noServer: true, maxPayload: limits.maxMessageBytes });
  const sessions = new Set<RuntimeSession>();
  const closing = new Set<Promise<void>>();

  const connect = (ws: WebSocket): void => {
    const session = createRuntimeSession({
      limits,
      send: (msg) => {
        if (ws.readyState === ws.OPEN) ws.send(JSON.stringify(msg));
      },
      backlog: () => ws.bufferedAmount,
      python,
      ...(options.tmpRoot === undefined ? {} : { tmpRoot: options.tmpRoot }),
    });
    sessions.add(session);
    ws.on('message', (data, isBinary) => {
      const parsed = isBinary ? { error: 'binary frames are not part of the protocol' } : parseClientMessage(data.toString());
      if ('error' in parsed) {
        ws.send(JSON.stringify({ type: 'error', ...(parsed.id === undefined ? {} : { id: parsed.id }), message: parsed.error }));
      } else session.handle(parsed);
    });
    ws.on('error', () => ws.terminate());
    ws.on('close', () => {
      const done = session.close().finally(() => {
        sessions.delete(session);
        closing.delete(done);
      });
      closing.add(done);
    });
  };

  const onUpgrade = (req: IncomingMessage, socket: Duplex, head: Buffer): void => {
    if (pathnameOf(req.url) !== endpoint) {
      // Another listener (Vite's HMR) may want it; if there is none, say so instead of hanging.
      if (server.listenerCount('upgrade') === 1) refuse(socket, 404, 'no WebSocket endpoint here');
      return;
    }
    const facts = {
      remoteAddress: req.socket.remoteAddress,
      host: req.headers.host,
      origin: req.headers.origin,
      port: req.socket.localPort ?? 0,
    };
    const paired = options.pairing && pairedRefusal({ ...facts, token: tokenOf(req.url) }, options.pairing);
    const reason = options.pairing ? (paired ? PAIRING_REFUSALS[paired] : undefined) : upgradeRefusal(facts);
    if (reason) return refuse(socket, 403, reason);
    wss.handleUpgrade(req, socket, head, connect);
  };

  // No program may outlive the server process. Programs run in their own sessions, so a Ctrl-C in
  // the server's terminal does not reach them: stop them on the server's exit and on its signals.
  const onExit = (): void => {
    for (const session of sessions) session.killNow();
  };
  const onSignal = (signal: NodeJS.Signals): void => {
    onExit();
    // Alone, we would swallow the signal (`astro dev` has no SIGINT handler): re-raise it so the
    // default action ends the process. Otherwise the server's own handler shuts down.
    if (process.listenerCount(signal) === 1) {
      process.off(signal, onSignal);
      process.kill(process.pid, signal);
    }
  };
  const signals: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];

  server.on('upgrade', onUpgrade);
  process.on('exit', onExit);
  for (const signal of signals) process.on(signal, onSignal);

  return {
    async close() {
      server.off('upgrade', onUpgrade);
      process.off('exit', onExit);
      for (const signal of signals) process.off(signal, onSignal);
      for (const ws of wss.clients) ws.terminate();
      await Promise.all([...closing, ...[...sessions].map((s) => s.close())]);
      await new Promise<void>((resolve) => wss.close(() => resolve()));
    },
  };
}
