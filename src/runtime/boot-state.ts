/**
 * WebContainer boot state as a small union, the support check done before booting, and the error
 * that `mount`/`spawn` reject with when the WebContainer cannot run. Pure: no DOM access except in
 * {@link detectBootEnvironment}, which only reads the global object it is given.
 */

/** Why the WebContainer cannot run on this page. */
export type BootFailureReason = 'unsupported' | 'not-isolated' | 'timeout' | 'error';

export type BootState =
  | { status: 'idle' }
  | { status: 'booting' }
  | { status: 'ready' }
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
}

const MESSAGES: Record<BootFailureReason, string> = {
  unsupported: 'This browser cannot run WebContainers.',
  'not-isolated': 'The page is not cross-origin isolated, so WebContainers cannot start.',
  timeout: 'The WebContainer did not start in time (is stackblitz.com reachable?). Reload the page to try again.',
  error: 'The WebContainer failed to start. Reload the page to try again.',
};

/** Build the `failed` state for `reason`, with an optional detail appended to the message. */
export function failedState(reason: BootFailureReason, detail?: string): Extract<BootState, { status: 'failed' }> {
  const message = detail === undefined ? MESSAGES[reason] : `${MESSAGES[reason]} (${detail})`;
  return { status: 'failed', reason, message, reloadToRetry: reason !== 'unsupported' };
}

/**
 * The reason the WebContainer cannot boot in `env`, or `undefined` when it may try.
 * Isolation is checked before SharedArrayBuffer because a non-isolated page hides the latter.
 */
export function bootBlocker(env: BootEnvironment): 'unsupported' | 'not-isolated' | undefined {
  if (!env.supported) return 'unsupported';
  if (!env.crossOriginIsolated) return 'not-isolated';
  if (!env.hasSharedArrayBuffer) return 'unsupported';
  return undefined;
}

/**
 * Read what the page offers from a global object (pass `globalThis` in the browser).
 * "Supported" means the features WebContainers build on: WebAssembly, workers, Atomics and web streams.
 */
export function detectBootEnvironment(g: Record<string, unknown> = globalThis as unknown as Record<string, unknown>): BootEnvironment {
  return {
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
