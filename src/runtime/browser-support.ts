/**
 * Which browsers the WebContainer is worth booting in, decided from the user agent before any boot.
 * Pure. StackBlitz supports desktop Chromium-based browsers, calls Firefox support beta and Safari
 * 16.4+ alpha; on iOS every browser is Safari underneath and booting is unreliable, so there the page
 * boots only when the reader asks for it (as TutorialKit holds the boot back on iOS).
 */

/** The verdict for one browser. */
export type BrowserSupport =
  /** Boot: a desktop Chromium-based browser. */
  | { verdict: 'go'; browser: string }
  /** Boot, and say that support is a preview (`beta` for Firefox, `alpha` for Safari ≥ 16.4). */
  | { verdict: 'preview'; browser: string; stage: 'beta' | 'alpha' }
  /** Do not boot unless the reader asks for it (iOS / iPadOS, mobile browsers). */
  | { verdict: 'ask'; browser: string }
  /** Do not boot: explain and offer the recording or the local runtime (Safari < 16.4, old browsers). */
  | { verdict: 'unsupported'; browser: string };

/** What the gate reads from `navigator`. */
export interface BrowserInfo {
  userAgent: string;
  /** `navigator.maxTouchPoints`: iPadOS reports a Mac user agent, but a touch screen. @default 0 */
  maxTouchPoints?: number;
}

const version = (ua: string, re: RegExp): number => {
  const m = re.exec(ua);
  return m ? Number(m[1]) + Number(m[2] ?? 0) / 100 : 0;
};

/**
 * Decide whether to boot in this browser.
 * @example browserSupport({ userAgent: navigator.userAgent, maxTouchPoints: navigator.maxTouchPoints })
 */
export function browserSupport(info: BrowserInfo): BrowserSupport {
  const ua = info.userAgent;
  const touch = (info.maxTouchPoints ?? 0) > 1;
  const ios = /iPhone|iPad|iPod/.test(ua) || (/Macintosh/.test(ua) && touch && !/Chrome|Firefox/.test(ua));
  if (ios) return { verdict: 'ask', browser: 'iOS' };
  if (/Android|Mobile/.test(ua)) return { verdict: 'ask', browser: 'mobile' };
  const chromium = /(?:Chrome|Chromium|HeadlessChrome|Edg|OPR)\/(\d+)/.exec(ua);
  if (chromium) {
    // WebContainers need SharedArrayBuffer in isolated pages and modern workers: Chromium 89+.
    return Number(chromium[1]) >= 89 ? { verdict: 'go', browser: 'Chromium' } : { verdict: 'unsupported', browser: 'Chromium (old)' };
  }
  if (/Firefox\/(\d+)/.test(ua)) return { verdict: 'preview', browser: 'Firefox', stage: 'beta' };
  if (/Safari\//.test(ua) && /Version\//.test(ua)) {
    return version(ua, /Version\/(\d+)\.(\d+)/) >= 16.04
      ? { verdict: 'preview', browser: 'Safari', stage: 'alpha' }
      : { verdict: 'unsupported', browser: 'Safari < 16.4' };
  }
  // Unknown engines get a try, with the preview note: the feature check and the boot decide.
  return { verdict: 'preview', browser: 'unknown', stage: 'beta' };
}
