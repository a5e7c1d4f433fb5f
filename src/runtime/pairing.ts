/**
 * Pairing a page of the published site with a stand-alone local runtime (`npm run runtime`): the
 * link's fragment, the tab's memory of it, and asking the host whether it will serve this page.
 * Pure, except {@link checkPairing}, which takes `fetch`.
 *
 * The runtime prints `<site>?runtime=local#runtime=ws://127.0.0.1:<port>/__runtime&token=<token>`.
 * The fragment never reaches a server; the inline script of {@link pairingFragmentScript} moves it
 * into sessionStorage and out of the address bar and history before anything else runs.
 */

/** sessionStorage key of the raw fragment (without `#`). */
export const PAIRING_KEY = 'live-sockets:pairing';

export interface Pairing {
  /** The host's endpoint, e.g. `ws://127.0.0.1:4322/__runtime`. */
  url: string;
  /** The token (empty when the link had none: the host then refuses with `token`). */
  token: string;
}

/** What the host said about this page: paired, or which rule refused it, or that nothing answered. */
export type PairingStatus = 'ok' | 'stopped' | 'origin' | 'token' | 'host' | 'unexpected';

/**
 * Read a pairing from a fragment (`#runtime=…&token=…` or without `#`). Undefined when it is not one:
 * no `runtime`, or not a ws:/wss: URL whose path ends in `/__runtime`.
 * @example parsePairingFragment('#runtime=ws://127.0.0.1:4322/__runtime&token=abc')
 * // → { url: 'ws://127.0.0.1:4322/__runtime', token: 'abc' }
 */
export function parsePairingFragment(fragment: string): Pairing | undefined {
  const params = new URLSearchParams(fragment.startsWith('#') ? fragment.slice(1) : fragment);
  const raw = params.get('runtime');
  if (!raw) return undefined;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return undefined;
  }
  if ((url.protocol !== 'ws:' && url.protocol !== 'wss:') || !url.pathname.endsWith('/__runtime') || url.search || url.username || url.password) return undefined;
  return { url: `${url.protocol}//${url.host}${url.pathname}`, token: params.get('token') ?? '' };
}

/** Read a pairing from what a reader pasted: the whole link, or just its `#runtime=…` part. */
export function parsePairingLink(text: string): Pairing | undefined {
  const trimmed = text.trim();
  const hash = trimmed.indexOf('#');
  return parsePairingFragment(hash >= 0 ? trimmed.slice(hash + 1) : trimmed);
}

/** `host:port` of the paired host, as the indicator shows it ("paired with 127.0.0.1:4322"). */
export function pairingLabel(pairing: Pairing): string {
  return new URL(pairing.url).host;
}

/** The WebSocket URL with the token as its `token` query parameter (as Jupyter does). */
export function pairingSocketUrl(pairing: Pairing): string {
  return `${pairing.url}?token=${encodeURIComponent(pairing.token)}`;
}

/** The host's health route (`http(s)://…/__runtime/health?token=…`). */
export function pairingHealthUrl(pairing: Pairing): string {
  const url = new URL(pairing.url);
  const scheme = url.protocol === 'wss:' ? 'https:' : 'http:';
  return `${scheme}//${url.host}${url.pathname}/health?token=${encodeURIComponent(pairing.token)}`;
}

/** The pairing this tab keeps (sessionStorage), or undefined. Never throws. */
export function loadPairing(storage: Pick<Storage, 'getItem'> | null): Pairing | undefined {
  try {
    const raw = storage?.getItem(PAIRING_KEY);
    return raw ? parsePairingFragment(raw) : undefined;
  } catch {
    return undefined;
  }
}

/** Keep `pairing` for this tab (sessionStorage: gone when the tab closes). Never throws. */
export function savePairing(storage: Pick<Storage, 'setItem'> | null, pairing: Pairing): void {
  try {
    storage?.setItem(PAIRING_KEY, new URLSearchParams({ runtime: pairing.url, token: pairing.token }).toString());
  } catch {
    // Storage refused (private mode): the pairing lasts as long as the page.
  }
}

/** Forget this tab's pairing. Never throws. */
export function clearPairing(storage: Pick<Storage, 'removeItem'> | null): void {
  try {
    storage?.removeItem(PAIRING_KEY);
  } catch {
    // nothing kept
  }
}

/**
 * The inline `<head>` script: when the address has a `#runtime=` fragment, keep it in
 * sessionStorage and replace the history entry by the same address without it, so the token is in
 * neither `location.href` nor the history, before any other script (or a reload) sees it.
 */
export function pairingFragmentScript(): string {
  return `(function(){try{var h=location.hash;if(!/^#(.*&)?runtime=/.test(h))return;` +
    `try{sessionStorage.setItem(${JSON.stringify(PAIRING_KEY)},h.slice(1))}catch(e){}` +
    `history.replaceState(history.state,'',location.pathname+location.search)}catch(e){}})();`;
}

const REFUSALS = new Set<PairingStatus>(['origin', 'token', 'host']);

/**
 * Ask the paired host whether it serves this page. A browser shows a refused WebSocket upgrade like
 * any network failure, so this asks the health route first: the host answers an allowed page (ok,
 * or `token` / `host` refused) and lets any other page read just its `origin` refusal. Where even
 * that cannot be read (a browser's private-network preflight refused), a second, `no-cors` request
 * still resolves with an opaque answer when something is listening — except on pages isolated by
 * coi-serviceworker, where Chromium drops it, and the reader sees `stopped`. Never throws; each
 * request gives up after `timeoutMs`.
 * @param timeoutMs @default 3000
 */
export async function checkPairing(pairing: Pairing, fetchImpl: typeof fetch = fetch, timeoutMs = 3000): Promise<PairingStatus> {
  const url = pairingHealthUrl(pairing);
  const init = { cache: 'no-store', credentials: 'omit' } as const;
  try {
    const response = await fetchImpl(url, { ...init, mode: 'cors', signal: AbortSignal.timeout(timeoutMs) });
    const body = (await response.json().catch(() => ({}))) as { runtime?: unknown; error?: unknown };
    if (response.ok) return body.runtime === 'local' ? 'ok' : 'unexpected';
    return REFUSALS.has(body.error as PairingStatus) ? (body.error as PairingStatus) : 'unexpected';
  } catch {
    try {
      await fetchImpl(url, { ...init, mode: 'no-cors', signal: AbortSignal.timeout(timeoutMs) });
      return 'origin';
    } catch {
      return 'stopped';
    }
  }
}
