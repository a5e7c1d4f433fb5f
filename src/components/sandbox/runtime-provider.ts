/**
 * The page's runtime, shared by every sandbox on it: which kind runs (query, probe of the local
 * runtime), the runtime instances (one per kind, created on first use), and switching between kinds.
 * Loaded with the rest of the interactive code on the first interaction, so a reading page makes
 * no runtime request at all.
 */
import type { Runtime } from '../../runtime/types.ts';
import type { BootState } from '../../runtime/boot-state.ts';
import { chooseRuntimeKind, localRuntimeHealthPath, probeLocalRuntime, type RuntimeKind } from '../../runtime/runtime-choice.ts';
import { createLocalRuntime, localRuntimeUrl, type LocalRuntime } from '../../runtime/local-runtime.ts';
import { checkPairing, clearPairing, loadPairing, pairingHealthUrl, pairingLabel, pairingSocketUrl, parsePairingLink, savePairing, type Pairing, type PairingStatus } from '../../runtime/pairing.ts';
import { probeLocalPython } from '../../runtime/python-probe.ts';
import { createWebContainerRuntime, DEFAULT_BOOT_TIMEOUT_MS, type WebContainerRuntime } from '../../runtime/webcontainer-runtime.ts';
import { browserSupport, type BrowserSupport } from '../../runtime/browser-support.ts';

/** The tab's pairing with a stand-alone local runtime, as the indicator shows it. */
export interface PairingView {
  /** `host:port`, e.g. `127.0.0.1:4322`. */
  readonly label: string;
  readonly status: PairingStatus | 'checking';
}

export interface RuntimeProvider {
  readonly kind: RuntimeKind;
  /** Whether a local runtime can be used: our own server's answered, or the paired one accepted this page. */
  readonly localAvailable: boolean;
  /** Whether the page's own server runs the local runtime (`npm start`); then there is nothing to pair. */
  readonly servedLocal: boolean;
  /** This tab's pairing, or null. */
  readonly pairing: PairingView | null;
  /** The site's address, for the command the reader copies (`--site`). */
  readonly siteUrl: string;
  /** Pair with the link the reader pasted; resolves with what the host said (`bad-link`: not a pairing link). */
  pair(link: string): Promise<PairingStatus | 'bad-link'>;
  /** Ask the paired host again (after the reader started it). */
  recheckPairing(): Promise<void>;
  /** Forget the pairing; its programs stop (the connection closes). */
  unpair(): void;
  /** The WebContainer's boot state (`idle` until something runs on it). */
  readonly bootState: BootState;
  /** Boot timeout, `?bootTimeout=<ms>` overrides it (tests). */
  readonly bootTimeoutMs: number;
  /** The user-agent gate's verdict for the WebContainer (browser-support.ts). */
  readonly browser?: BrowserSupport;
  /** The python3 version of the local runtime (own or paired) from its health route, or null (issue 18). */
  localPython(): Promise<string | null>;
  /** The runtime of the current kind. */
  runtime(): Runtime;
  /** Switch kind (sandboxes stop their programs first). */
  setKind(kind: RuntimeKind): void;
  /** Called when the kind or the boot state changes. */
  onChange(listener: () => void): () => void;
}

let provider: Promise<RuntimeProvider> | undefined;

/** sessionStorage, or null where the browser refuses it. */
function tabStorage(): Storage | null {
  try {
    return window.sessionStorage;
  } catch {
    return null;
  }
}

/** The page's provider (probes the local runtime once). */
export function pageRuntimeProvider(): Promise<RuntimeProvider> {
  provider ??= createProvider();
  return provider;
}

async function createProvider(): Promise<RuntimeProvider> {
  const base = import.meta.env.BASE_URL;
  const params = new URLSearchParams(location.search);
  const override = Number(params.get('bootTimeout'));
  const bootTimeoutMs = Number.isFinite(override) && override > 0 ? override : DEFAULT_BOOT_TIMEOUT_MS;
  const browser = browserSupport({ userAgent: navigator.userAgent, maxTouchPoints: navigator.maxTouchPoints });
  const servedLocal = await probeLocalRuntime(base);
  // --- local runtime pairing (issue 13): only where the page's own server has no runtime ---
  const storage = tabStorage();
  let pairing: Pairing | undefined = servedLocal ? undefined : loadPairing(storage);
  let pairingStatus: PairingStatus | 'checking' = pairing ? await checkPairing(pairing) : 'checking';
  const pairedOk = (): boolean => pairing !== undefined && pairingStatus === 'ok';
  let kind = chooseRuntimeKind({ search: location.search, localAvailable: servedLocal || pairedOk(), paired: pairing !== undefined });
  let webContainer: WebContainerRuntime | undefined;
  let local: LocalRuntime | undefined;
  const listeners = new Set<() => void>();
  const emit = (): void => {
    for (const l of listeners) l();
  };
  const dropLocal = (): void => {
    local?.close();
    local = undefined;
  };
  const check = async (): Promise<PairingStatus> => {
    const current = pairing;
    if (!current) return 'unexpected';
    pairingStatus = 'checking';
    emit();
    const status = await checkPairing(current);
    if (pairing === current) pairingStatus = status;
    emit();
    return status;
  };

  return {
    get kind() {
      return kind;
    },
    get localAvailable() {
      return servedLocal || pairedOk();
    },
    servedLocal,
    get pairing() {
      return pairing ? { label: pairingLabel(pairing), status: pairingStatus } : null;
    },
    siteUrl: new URL(base, location.origin).href,
    async pair(link) {
      const next = parsePairingLink(link);
      if (!next) return 'bad-link';
      dropLocal();
      pairing = next;
      savePairing(storage, next);
      kind = 'local';
      return check();
    },
    async recheckPairing() {
      await check();
    },
    unpair() {
      dropLocal();
      pairing = undefined;
      clearPairing(storage);
      kind = servedLocal ? 'local' : 'webcontainer';
      emit();
    },
    get bootState() {
      return webContainer?.state ?? { status: 'idle' };
    },
    bootTimeoutMs,
    browser,
    localPython() {
      const url = pairing ? pairingHealthUrl(pairing) : servedLocal ? localRuntimeHealthPath(base) : null;
      return url ? probeLocalPython(url) : Promise.resolve(null);
    },
    runtime() {
      if (kind === 'local') {
        local ??= createLocalRuntime({ url: pairing ? pairingSocketUrl(pairing) : localRuntimeUrl(location, base) });
        return local;
      }
      if (!webContainer) {
        // WebContainer: `?echo=on|off` forces the page's echo (else probed after boot); `?boot=force`
        // boots where the browser gate says to ask first (iOS). A test build swaps the package for
        // the stand-in (tests/webcontainer-standin/) through an alias; the published build never does.
        const echo = params.get('echo');
        webContainer = createWebContainerRuntime({
          load: () => import('@webcontainer/api'),
          bootTimeoutMs,
          browser,
          forceBoot: params.get('boot') === 'force',
          localEcho: echo === 'on' ? true : echo === 'off' ? false : 'probe',
        });
        webContainer.onStateChange(emit);
      }
      return webContainer;
    },
    setKind(next) {
      if (next === kind) return;
      kind = next;
      emit();
    },
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
