/**
 * WebContainer boot state as a small union, the support check done before booting, and the error
 * that `mount`/`spawn` reject with when the WebContainer cannot run. Pure: no DOM access except in
 * {@link detectBootEnvironment}, which only reads the global object it is given.
 */

/**
 * Why the WebContainer cannot run on this page: `unsupported` (a platform feature is missing),
 * `browser` (the user-agent gate said no), `ask` (iOS / mobile: boot only when the reader asks),
 * `storage-blocked` (third-party cookies or storage refused), `not-isolated`, `timeout` (no answer:
 * StackBlitz unreachable) and `error` (any other failure).
 */
export type BootFailureReason = 'unsupported' | 'browser' | 'ask' | 'storage-blocked' | 'not-isolated' | 'timeout' | 'error';

export type BootState =
  | { status: 'idle' }
  | { status: 'booting' }
  /** `late`: the boot answered after the timeout had already failed it; the page says it is ready after all. */
  | { status: 'ready'; late?: boolean }
  | {
      status: 'failed';
      reason: BootFailureReason;
      /** A plain-English explanation for logs; the UI words its own message from `reason`. */
      message: string;
      /**
       * Whether reloading the page may help. The WebContainer is never booted twice on one page:
       * a second `boot()` waits on the first forever, so a retry needs a reload.
       */
      reloadToRetry: boolean;
    };

/** What the page offers that the WebContainer needs. */
export interface BootEnvironment {
  /** `globalThis.crossOriginIsolated` (COOP/COEP headers, or the coi-serviceworker on Pages). */
  crossOriginIsolated: boolean;
  /** Whether `SharedArrayBuffer` exists (browsers hide it from pages that are not isolated). */
  hasSharedArrayBuffer: boolean;
  /** Whether the browser has the other platform features WebContainers use. */
  supported: boolean;
  /** `navigator.cookieEnabled`: false when the reader blocks all cookies, third-party ones included. @default true */
  cookiesEnabled?: boolean;
}

const MESSAGES: Record<BootFailureReason, string> = {
  unsupported: 'This browser cannot run WebContainers.',
  browser: 'WebContainers do not support this browser.',
  ask: 'On this device WebContainers start only when asked to.',
  'storage-blocked': 'The browser blocked third-party cookies or storage, which WebContainers need.',
  'not-isolated': 'The page is not cross-origin isolated, so WebContainers cannot start.',
  timeout: 'The WebContainer did not start in time (is stackblitz.com reachable?). Reload the page to try again.',
  error: 'The WebContainer failed to start. Reload the page to try again.',
};

/** Build the `failed` state for `reason`, with an optional detail appended to the message. */
export function failedState(reason: BootFailureReason, detail?: string): Extract<BootState, { status: 'failed' }> {
  const message = detail === undefined ? MESSAGES[reason] : `${MESSAGES[reason]} (${detail})`;
  const reloadToRetry = reason !== 'unsupported' && reason !== 'browser' && reason !== 'ask';
  return { status: 'failed', reason, message, reloadToRetry };
}

/**
 * The reason behind a boot error or an `error` event, from its message: storage and cookie refusals
 * (a blocked third-party iframe) are told apart from other failures so the page can name the cause.
 */
export function classifyBootError(message: string): 'storage-blocked' | 'not-isolated' | 'error' {
  if (/cookie|storage|SecurityError|third[- ]party|access.*denied/i.test(message)) return 'storage-blocked';
  if (/SharedArrayBuffer|cross-origin isolat|crossOriginIsolated/i.test(message)) return 'not-isolated';
  return 'error';
}

/**
 * The reason the WebContainer cannot boot in `env`, or `undefined` when it may try.
 * Isolation is checked before SharedArrayBuffer because a non-isolated page hides the latter.
 */
export function bootBlocker(env: BootEnvironment): 'unsupported' | 'not-isolated' | 'storage-blocked' | undefined {
  if (!env.supported) return 'unsupported';
  if (env.cookiesEnabled === false) return 'storage-blocked';
  if (!env.crossOriginIsolated) return 'not-isolated';
  if (!env.hasSharedArrayBuffer) return 'unsupported';
  return undefined;
}

/**
 * Read what the page offers from a global object (pass `globalThis` in the browser).
 * "Supported" means the features WebContainers build on: WebAssembly, workers, Atomics and web streams.
 */
export function detectBootEnvironment(g: Record<string, unknown> = globalThis as unknown as Record<string, unknown>): BootEnvironment {
  const nav = g['navigator'] as { cookieEnabled?: unknown } | undefined;
  return {
    cookiesEnabled: nav?.cookieEnabled !== false,
    crossOriginIsolated: g['crossOriginIsolated'] === true,
    hasSharedArrayBuffer: typeof g['SharedArrayBuffer'] === 'function',
    supported: ['WebAssembly', 'Worker', 'Atomics', 'ReadableStream', 'WritableStream'].every(
      (name) => g[name] !== undefined,
    ),
  };
}

/** What `mount` and `spawn` reject with when the WebContainer cannot boot. */
export class RuntimeUnavailableError extends Error {
  readonly reason: BootFailureReason;
  readonly reloadToRetry: boolean;

  constructor(state: Extract<BootState, { status: 'failed' }>) {
    super(state.message);
    this.name = 'RuntimeUnavailableError';
    this.reason = state.reason;
    this.reloadToRetry = state.reloadToRetry;
  }
}
