/**
 * Matching seed lines against the built Chinese text (tests/integration/content-coverage.test.ts).
 *
 * A seed line is found when
 * - a page quotes that very line by number (`<Bi seed>`, `<SeedCode lines>`) and shows its text, or
 * - a unit that quotes no particular line (a heading's Chinese half, a block of Chinese text) equals
 *   it, or, for lines of MIN_SUBSTRING characters or more, contains it. Short lines such as 「并发」
 *   must equal a whole unit: as substrings they would be "found" in almost any Chinese paragraph.
 * Both sides are normalised the same way (content-seed.ts).
 */
import type { SeedEntry } from './content-seed.ts';
import { fenceKey, proseKey } from './content-seed.ts';
import type { TextUnit } from './content-text.ts';

/** Shortest line that may match inside a longer unit. */
export const MIN_SUBSTRING = 8;

/** A unit of built Chinese text with the page it is on. */
export interface PageUnit extends TextUnit {
  page: string;
}

/** Whether a normalised line matches a normalised unit text. */
export function matches(key: string, text: string): boolean {
  return text === key || ([...key].length >= MIN_SUBSTRING && text.includes(key));
}

/** Where a seed line was found. */
export interface LineResult {
  entry: SeedEntry;
  key: string;
  /** Pages showing it in an acceptable place (any Chinese text for prose; note box, heading or Python for fence lines). */
  pages: string[];
  /** Why it was not found, when it was not. */
  reason?: string;
}

/** A fence line may be shown in a note box, as a heading (a sub-heading of the outline) or as code. */
function fenceHome(u: TextUnit): boolean {
  return u.inNote || u.kind === 'code-line' || u.kind === 'heading';
}

const pagesOf = (units: readonly PageUnit[]): string[] => [...new Set(units.map((u) => u.page))];

/** Look every seed line up in the units of all pages. */
export function matchSeed(entries: readonly SeedEntry[], units: readonly PageUnit[]): LineResult[] {
  const byLine = new Map<number, PageUnit[]>();
  for (const u of units) if (u.line !== undefined) byLine.set(u.line, [...(byLine.get(u.line) ?? []), u]);
  const unnumbered = units.filter((u) => u.line === undefined);
  return entries.map((entry) => {
    const keyOf = entry.kind === 'prose' ? proseKey : fenceKey;
    const key = keyOf(entry.raw);
    const quoted = (byLine.get(entry.n) ?? []).filter((u) => keyOf(u.text) === key);
    const byText = unnumbered.filter((u) => matches(key, keyOf(u.text)));
    const hits = [...quoted, ...byText];
    if (entry.kind === 'prose') {
      return { entry, key, pages: pagesOf(hits), ...(hits.length ? {} : { reason: 'not on any page' }) };
    }
    const home = hits.filter(fenceHome);
    if (home.length) return { entry, key, pages: pagesOf(home) };
    const reason = hits.length
      ? `shown only as plain prose on ${pagesOf(hits).join(', ')} (expected a note box, a heading or code)`
      : 'not on any page';
    return { entry, key, pages: [], reason };
  });
}

/** `found/total found (pct%)`, the percentage rounded down to one decimal so 97.96 % never prints as 98.0 %. */
export function ratio(found: number, total: number): string {
  const pct = total === 0 ? 0 : Math.floor((found / total) * 1000) / 10;
  return `${found}/${total} found (${pct.toFixed(1)}%)`;
}
