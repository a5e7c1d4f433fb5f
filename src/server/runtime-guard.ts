/**
 * Who may open the local runtime: pure checks on an upgrade request's addresses and headers.
 *
 * The host runs arbitrary code, so a connection must come from this machine (loopback peer), name
 * this server by a loopback host and port (a DNS-rebinding page would send its own domain as `Host`),
 * and come from a page of this same origin (any other site's page sends its own `Origin`).
 */

/** Whether `address` (as reported by a socket) is a loopback address. */
export function isLoopbackAddress(address: string | undefined): boolean {
  if (address === undefined) return false;
  const v4 = address.startsWith('::ffff:') ? address.slice(7) : address;
  return address === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(v4);
}

/**
 * Whether a `Host` header names this server through loopback: `localhost`, `127.x.x.x` or `[::1]`,
 * with `port` (an absent port means 80).
 */
export function isLoopbackHost(host: string | undefined, port: number): boolean {
  if (host === undefined) return false;
  const match = /^(\[[^\]]+\]|[^:]+)(?::(\d+))?$/.exec(host.toLowerCase());
  if (!match) return false;
  const name = match[1] ?? '';
  const hostPort = match[2] === undefined ? 80 : Number(match[2]);
  const loopbackName = name === 'localhost' || name === '[::1]' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(name);
  return loopbackName && hostPort === port;
}

/** Whether `origin` is the origin of a page served under `host` (same host and port, http or https). */
export function isSameOrigin(origin: string | undefined, host: string): boolean {
  if (origin === undefined) return false;
  try {
    const url = new URL(origin);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.host === new URL(`${url.protocol}//${host}`).host;
  } catch {
    return false;
  }
}

export interface UpgradeFacts {
  remoteAddress: string | undefined;
  host: string | undefined;
  origin: string | undefined;
  /** The port the server received the request on. */
  port: number;
}

/** Why an upgrade must be refused, or `undefined` when it may proceed. */
export function upgradeRefusal(facts: UpgradeFacts): string | undefined {
  if (!isLoopbackAddress(facts.remoteAddress)) return 'the local runtime only accepts connections from this machine';
  if (!isLoopbackHost(facts.host, facts.port)) return 'Host must be a loopback name with this server\'s port';
  if (!isSameOrigin(facts.origin, facts.host ?? '')) return 'Origin must be this page\'s own origin';
  return undefined;
}

/**
 * The origin (`scheme://host[:port]`, lower case, default port dropped) of a URL or origin string,
 * or `undefined` for anything that is not an http(s) origin (`null`, `file:`, garbage).
 * @example normalizeOrigin('https://Owner.github.io/live-sockets/') // → 'https://owner.github.io'
 */
export function normalizeOrigin(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.origin : undefined;
  } catch {
    return undefined;
  }
}

/** Whether `origin` is exactly one of `allowed` (after {@link normalizeOrigin}; no wildcards, no suffixes). */
export function isAllowedOrigin(origin: string | undefined, allowed: readonly string[]): boolean {
  const o = normalizeOrigin(origin);
  // `new URL('null')` throws, and an origin header is never a URL with a path: compare origins only.
  return o !== undefined && origin === o && allowed.some((a) => normalizeOrigin(a) === o);
}

/** What a stand-alone host (`npm run runtime`) accepts: its origins and its token. */
export interface PairingRules {
  /** Origins of the pages that may use it, e.g. `https://owner.github.io`. */
  allowOrigins: readonly string[];
  /** Whether the token a request carries is this host's (constant-time: `runtime-token.ts`). */
  tokenMatches(given: string | null): boolean;
}

/** Why a paired request is refused: `host` (not loopback), `origin` (not allowed), `token` (missing or wrong). */
export type PairingRefusal = 'peer' | 'host' | 'origin' | 'token';

export interface PairedFacts extends UpgradeFacts {
  /** The `token` query parameter, or null. */
  token: string | null;
  /** Whether a request without `Origin` may pass (the health route, for curl; never the WebSocket). */
  originOptional?: boolean;
}

/** Why a request to a paired host must be refused, or `undefined` when it may proceed. Checks run in this order. */
export function pairedRefusal(facts: PairedFacts, rules: PairingRules): PairingRefusal | undefined {
  if (!isLoopbackAddress(facts.remoteAddress)) return 'peer';
  if (!isLoopbackHost(facts.host, facts.port)) return 'host';
  const originOk = facts.origin === undefined ? facts.originOptional === true : isAllowedOrigin(facts.origin, rules.allowOrigins);
  if (!originOk) return 'origin';
  if (!rules.tokenMatches(facts.token)) return 'token';
  return undefined;
}

/** The sentence a refused paired request gets (never containing the token). */
export const PAIRING_REFUSALS: Record<PairingRefusal, string> = {
  peer: 'the local runtime only accepts connections from this machine',
  host: 'Host must be a loopback name with this server\'s port',
  origin: 'this page\'s origin is not on the runtime\'s --allow-origin list',
  token: 'the token is missing or wrong: open the pairing link the runtime printed',
};
