/**
 * When to start loading a sandbox's editor before the first click (issue 19): on intent — the
 * pointer resting on the sandbox or focus staying in it for a moment — and, where the connection allows, when
 * the browser is idle with a sandbox in view for a moment *after the reader has done something on
 * the page* (moved the pointer, turned the wheel, touched, pressed a key; a script's scroll does not count). A page that is only loaded — the bench's
 * "before interaction" figures, Lighthouse — never loads anything heavy; bench/README.md explains.
 */

/** The part of `navigator.connection` read here (Network Information API; absent in some browsers). */
export interface ConnectionInfo {
  saveData?: boolean;
  effectiveType?: string;
}

/** Idle preloading is allowed unless the reader asked to save data or the connection is 2G-slow. */
export function allowsIdlePreload(connection: ConnectionInfo | undefined): boolean {
  if (!connection) return true;
  if (connection.saveData === true) return false;
  return !['slow-2g', '2g'].includes(connection.effectiveType ?? '');
}

/** How long the pointer (or focus) stays on a sandbox before that counts as intent. */
export const INTENT_MS = 150;

/** How long a sandbox stays in view before idle preloading (a sandbox scrolled past is not loaded). */
export const DWELL_MS = 1500;

const ACTIVITY = ['pointermove', 'keydown', 'touchstart', 'wheel'] as const;
let active = false;
const waiting = new Set<() => void>();
/** Resolve `fn` once the reader has done something on the page (at once if they have). */
function afterActivity(fn: () => void): void {
  if (active) return fn();
  if (waiting.size === 0) {
    const on = (): void => {
      active = true;
      for (const type of ACTIVITY) removeEventListener(type, on, { capture: true });
      for (const f of waiting) f();
      waiting.clear();
    };
    for (const type of ACTIVITY) addEventListener(type, on, { capture: true, passive: true });
  }
  waiting.add(fn);
}

/** Call `preload` (once) on intent toward `root`, or when idle with it in view. */
export function watchIntent(root: HTMLElement, preload: () => void): void {
  let done = false;
  let observer: IntersectionObserver | undefined;
  const go = (): void => {
    if (done) return;
    done = true;
    root.removeEventListener('pointerenter', start);
    root.removeEventListener('focusin', start);
    observer?.disconnect();
    preload();
  };
  // Intent is a pointer or focus that stays a moment: passing over a sandbox, tabbing through it, or
  // clicking at once (the click loads it itself, after the first keystroke) does not start it here.
  let dwell: ReturnType<typeof setTimeout> | undefined;
  const start = (): void => {
    clearTimeout(dwell);
    dwell = setTimeout(go, INTENT_MS);
  };
  const cancel = (): void => clearTimeout(dwell);
  root.addEventListener('pointerenter', start);
  root.addEventListener('focusin', start);
  for (const type of ['pointerleave', 'focusout', 'pointerdown', 'keydown'] as const) root.addEventListener(type, cancel);

  const connection = (navigator as Navigator & { connection?: ConnectionInfo }).connection;
  if (!allowsIdlePreload(connection) || typeof IntersectionObserver === 'undefined') return;
  const idle = (globalThis as { requestIdleCallback?: (cb: () => void, o?: { timeout: number }) => void }).requestIdleCallback
    ?? ((cb: () => void) => setTimeout(cb, 1));
  let timer: ReturnType<typeof setTimeout> | undefined;
  observer = new IntersectionObserver((entries) => {
    const visible = entries.some((e) => e.isIntersecting);
    clearTimeout(timer);
    if (visible) timer = setTimeout(() => afterActivity(() => idle(go)), DWELL_MS);
  }, { threshold: 0.25 });
  observer.observe(root);
}
