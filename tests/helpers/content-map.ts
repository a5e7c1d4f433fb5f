/**
 * What CONTENT_MAP.md §3 says about pages and errata: the "### Page N — slug (La–b)" headings, the
 * seed lines each page covers and the errata (E1–E61) listed under each. The map lives in the shared
 * folder next to the repository (../shared); a deploy machine may not have it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ROOT } from './content-site.ts';

/** One "### Page N — slug (La–b)" section of §3. */
export interface MapPage {
  n: number;
  slug: string;
  /** First and last seed line of the page. */
  from: number;
  to: number;
  /** Erratum ids listed under the heading, in order. */
  errata: string[];
}

/**
 * Path of CONTENT_MAP.md, or undefined when absent: `$CONTENT_MAP` when set (only that path, so
 * `CONTENT_MAP=/nonexistent` shows what a machine without the shared folder runs), else ../shared/CONTENT_MAP.md.
 */
export function findContentMap(): string | undefined {
  const path = resolve(ROOT, process.env['CONTENT_MAP'] ?? join('..', 'shared', 'CONTENT_MAP.md'));
  return existsSync(path) ? path : undefined;
}

/** Parse §3 of the map into its page sections. */
export function parseErrataSection(markdown: string): MapPage[] {
  const start = markdown.search(/^## 3\. /m);
  if (start < 0) throw new Error('CONTENT_MAP.md has no "## 3." section');
  const rest = markdown.slice(start);
  const end = rest.slice(1).search(/^## \d+\. /m);
  const section = end < 0 ? rest : rest.slice(0, end + 1);
  const pages: MapPage[] = [];
  for (const line of section.split('\n')) {
    const heading = /^### Page (\d+) — ([a-z0-9-]+) \(L(\d+)[–-](\d+)\)/.exec(line);
    if (heading) {
      pages.push({ n: Number(heading[1]), slug: heading[2] ?? '', from: Number(heading[3]), to: Number(heading[4]), errata: [] });
      continue;
    }
    const entry = /^- \*\*(E\d+) ·/.exec(line);
    if (entry?.[1]) {
      const page = pages.at(-1);
      if (!page) throw new Error(`erratum ${entry[1]} comes before any "### Page" heading in CONTENT_MAP.md §3`);
      page.errata.push(entry[1]);
    }
  }
  return pages;
}

/** §3 of the map, or undefined when the map is not available. */
export function loadMapPages(): MapPage[] | undefined {
  const file = findContentMap();
  return file ? parseErrataSection(readFileSync(file, 'utf8')) : undefined;
}

/** The page whose §3 line range holds a seed line (lines between two ranges belong to the earlier page). */
export function pageOfLine(pages: readonly MapPage[], n: number): MapPage | undefined {
  let best: MapPage | undefined;
  for (const p of pages) if (p.from <= n) best = p;
  return best;
}
