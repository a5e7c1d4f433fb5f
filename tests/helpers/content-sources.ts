/**
 * The page sources (src/content/docs/*.mdx) as far as the content tests need them: the frontmatter,
 * and where each page quotes the seed (`<Bi seed>`, `<SeedCode lines>`), so that a failure can point
 * at the file and line to fix.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { parseRange } from '../../src/content/seed.ts';
import { ROOT, type SitePage } from './content-site.ts';

/** One element of a page that quotes seed lines. */
export interface SeedQuote {
  /** e.g. `src/content/docs/processes.mdx`. */
  file: string;
  /** 1-based line of the element in the file. */
  line: number;
  /** The element as written, e.g. `<Bi seed="130-136">`. */
  tag: string;
  /** Seed lines quoted. */
  seedLines: number[];
}

/** The `title`, `description` and `en` fields of a page's frontmatter. */
export interface Frontmatter {
  title?: unknown;
  description?: unknown;
  en?: { title?: unknown; description?: unknown };
}

function readSource(page: SitePage): string {
  return readFileSync(join(ROOT, page.source), 'utf8');
}

/** The frontmatter of a page's MDX source. */
export function frontmatter(page: SitePage): Frontmatter {
  const m = /^---\n([\s\S]*?)\n---/.exec(readSource(page));
  if (!m?.[1]) throw new Error(`${page.source} has no frontmatter`);
  return parse(m[1]) as Frontmatter;
}

/** Every `<Bi seed="…">` / `<SeedCode lines="…">` / `<SeedText lines="…">` of the given pages. */
export function seedQuotes(pages: readonly SitePage[]): SeedQuote[] {
  const out: SeedQuote[] = [];
  for (const page of pages) {
    readSource(page).split('\n').forEach((text, i) => {
      for (const m of text.matchAll(/<(Bi|SeedCode|SeedText)\b[^>]*?\b(?:seed|lines)="([^"]+)"[^>]*>/g)) {
        let seedLines: number[] = [];
        try { seedLines = parseRange(m[2] ?? ''); } catch { /* a bad range already fails the build */ }
        out.push({ file: page.source, line: i + 1, tag: m[0], seedLines });
      }
    });
  }
  return out;
}

/** The quote that ends closest before seed line `n` (where a missing line would have to be added). */
export function quoteBefore(quotes: readonly SeedQuote[], n: number): SeedQuote | undefined {
  let best: SeedQuote | undefined;
  let bestEnd = 0;
  for (const q of quotes) {
    const below = q.seedLines.filter((l) => l < n);
    const end = below.at(-1) ?? 0;
    if (end > bestEnd) { best = q; bestEnd = end; }
  }
  return best;
}
