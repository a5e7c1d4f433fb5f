/**
 * The reading mode: 中文 (`zh`), English (`en`) or 对照 side by side (`both`).
 *
 * `resolveReadingMode` is the single source of truth: it is unit-tested in Node and also inlined
 * verbatim (via Function#toString) into every page's <head> so the mode is applied before first paint.
 * It must therefore stay self-contained: no imports, no references to anything outside its body.
 */
export type ReadingMode = 'zh' | 'en' | 'both';

/** localStorage key for the reader's choice. */
export const READING_MODE_KEY = 'live-sockets:lang';

export interface ReadingModeInputs {
  /** `location.search`, e.g. `?lang=en`. */
  search: string;
  /** The value stored under READING_MODE_KEY, if any. */
  stored: string | null;
  /** `navigator.languages`. */
  languages: readonly string[];
}

/**
 * Query (`?lang=zh|en|both`) wins, then the stored choice, then the browser's first language
 * (Chinese → zh, anything else → en), and `both` when nothing is known.
 */
export function resolveReadingMode(inputs: ReadingModeInputs): ReadingMode {
  const valid = (v: string | null | undefined): v is ReadingMode => v === 'zh' || v === 'en' || v === 'both';
  const match = /[?&]lang=([^&#]*)/.exec(inputs.search);
  const query = match ? decodeURIComponent(match[1] ?? '') : null;
  if (valid(query)) return query;
  if (valid(inputs.stored)) return inputs.stored;
  const first = inputs.languages[0];
  if (first) return /^zh\b/i.test(first) ? 'zh' : 'en';
  return 'both';
}

/**
 * The inline <head> script: resolves the mode, stores a mode given by the query (so it sticks while
 * navigating), and sets <html data-lang>. Any failure (storage blocked…) falls back to `both`.
 */
export function readingModeScript(): string {
  return `(function(){var K=${JSON.stringify(READING_MODE_KEY)};var resolve=${resolveReadingMode.toString()};` +
    `var d=document.documentElement;try{var s=null;try{s=localStorage.getItem(K)}catch(e){}` +
    `var m=resolve({search:location.search,stored:s,languages:navigator.languages||[navigator.language]});` +
    `if(/[?&]lang=/.test(location.search)){try{localStorage.setItem(K,m)}catch(e){}}d.dataset.lang=m}catch(e){d.dataset.lang='both'}})();`;
}
