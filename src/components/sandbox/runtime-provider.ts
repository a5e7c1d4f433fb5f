/**
 * The page's runtime, shared by every sandbox on it: which kind runs (query, probe of the local
 * runtime), the runtime instances (one per kind, created on first use), and switching between kinds.
 * Loaded with the rest of the interactive code on the first interaction, so a reading page makes
 * no runtime request at all.
 */
import type { Runtime } from '../../runtime/types.ts';
import type { BootState } from '../../runtime/boot-state.ts';
import { chooseRuntimeKind, probeLocalRuntime, type RuntimeKind } from '../../runtime/runtime-choice.ts';
import { createLocalRuntime, localRuntimeUrl } from '../../runtime/local-runtime.ts';
import { createWebContainerRuntime, DEFAULT_BOOT_TIMEOUT_MS, type WebContainerRuntime } from '../../runtime/webcontainer-runtime.ts';
import { browserSupport, type BrowserSupport } from '../../runtime/browser-support.ts';

export interface RuntimeProvider {
  readonly kind: RuntimeKind;
  /** Whether our own server's local runtime answered. */
  readonly localAvailable: boolean;
  /** The WebContainer's boot state (`idle` until something runs on it). */
  readonly bootState: BootState;
  /** Boot timeout, `?bootTimeout=<ms>` overrides it (tests). */
  readonly bootTimeoutMs: number;
  /** The user-agent gate's verdict for the WebContainer (browser-support.ts). */
  readonly browser?: BrowserSupport;
  /** The runtime of the current kind. */
  runtime(): Runtime;
  /** Switch kind (sandboxes stop their programs first). */
  setKind(kind: RuntimeKind): void;
  /** Called when the kind or the boot state changes. */
  onChange(listener: () => void): () => void;
}

let provider: Promise<RuntimeProvider> | undefined;

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
  const localAvailable = await probeLocalRuntime(base);
  let kind = chooseRuntimeKind({ search: location.search, localAvailable });
  let webContainer: WebContainerRuntime | undefined;
  let local: Runtime | undefined;
  const listeners = new Set<() => void>();
  const emit = (): void => {
    for (const l of listeners) l();
  };

  return {
    get kind() {
      return kind;
    },
    localAvailable,
    get bootState() {
      return webContainer?.state ?? { status: 'idle' };
    },
    bootTimeoutMs,
    browser,
    runtime() {
      if (kind === 'local') {
        local ??= createLocalRuntime({ url: localRuntimeUrl(location, base) });
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
