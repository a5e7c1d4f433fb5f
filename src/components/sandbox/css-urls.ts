/**
 * A stylesheet injected as text (<style>) resolves its relative url()s against the page, not
 * against where the file came from: make them absolute first (Monaco's codicon font). Pure.
 */
export function absoluteUrls(css: string, base: string): string {
  return css.replace(/url\(\s*(['"]?)(?!data:|[a-z][a-z0-9+.-]*:|\/|#)([^'")]+)\1\s*\)/gi, (_m, quote: string, ref: string) =>
    `url(${quote}${new URL(ref, base).href}${quote})`);
}
