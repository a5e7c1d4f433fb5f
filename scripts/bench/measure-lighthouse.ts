/**
 * Lighthouse (mobile, its default) for one URL, driving Debian's Chromium (or CHROME_PATH) headless.
 * Scores are 0–100.
 */
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';

export interface LighthouseFigures {
  performance: number | null;
  accessibility: number | null;
  bestPractices: number | null;
  seo: number | null;
  lcpMs: number | null;
  tbtMs: number | null;
  cls: number | null;
  /** The accessibility audits that failed, with what they point at: what to fix when the score drops. */
  accessibilityFailures: string[];
}

const score = (s: number | null | undefined): number | null => (typeof s === 'number' ? Math.round(s * 100) : null);

export async function runLighthouse(url: string, chromePath: string | undefined): Promise<LighthouseFigures> {
  const chrome = await chromeLauncher.launch({
    ...(chromePath ? { chromePath } : {}),
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
    });
    const lhr = result?.lhr;
    if (!lhr) throw new Error('lighthouse returned no result');
    const audit = (id: string): number | null => lhr.audits[id]?.numericValue ?? null;
    // Only the audits that count towards the score (weight > 0); the rest are advice.
    const accessibilityFailures = (lhr.categories['accessibility']?.auditRefs ?? [])
      .filter((ref) => ref.weight > 0)
      .map((ref) => lhr.audits[ref.id])
      .filter((a) => a && a.score !== null && a.score < 1 && a.scoreDisplayMode !== 'informative')
      .map((a) => {
        const items = ((a!.details as { items?: { node?: { selector?: string } }[] } | undefined)?.items ?? [])
          .map((i) => i.node?.selector).filter(Boolean);
        return `${a!.id}${items.length ? ` (${items.slice(0, 3).join('; ')})` : ''}`;
      });
    return {
      performance: score(lhr.categories['performance']?.score),
      accessibility: score(lhr.categories['accessibility']?.score),
      bestPractices: score(lhr.categories['best-practices']?.score),
      seo: score(lhr.categories['seo']?.score),
      lcpMs: audit('largest-contentful-paint'),
      tbtMs: audit('total-blocking-time'),
      cls: audit('cumulative-layout-shift'),
      accessibilityFailures,
    };
  } finally {
    chrome.kill();
  }
}
