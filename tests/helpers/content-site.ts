/**
 * The built site as the content tests read it: where it is (SITE_DIST, default dist/), which pages
 * count (home, the nine topic pages, the glossary), and each page parsed into a hast tree.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fromHtml } from 'hast-util-from-html';
import type { Root } from 'hast';

/** Repository root. */
export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The nine topic pages in the order of the notes (CONTENT_MAP.md §1.2). */
export const TOPIC_SLUGS = [
  'network-basics', 'tcp-udp-protocols', 'tcp-udp-sockets', 'sticky-packets', 'socketserver',
  'concurrency-basics', 'processes', 'mutex-and-ipc', 'threads',
] as const;

/** One content page of the site. */
export interface SitePage {
  /** Slug, `index` for the home page. */
  slug: string;
  /** URL path, e.g. `/network-basics/`. */
  path: string;
  /** The page's source, relative to the repository root. */
  source: string;
}

/** Every content page: home, the nine topic pages, the glossary. */
export const PAGES: SitePage[] = ['index', ...TOPIC_SLUGS, 'glossary'].map((slug) => ({
  slug,
  path: slug === 'index' ? '/' : `/${slug}/`,
  source: `src/content/docs/${slug}.mdx`,
}));

/** The built site the tests read: `SITE_DIST` (absolute, or relative to the repository) or dist/. */
export function distDir(): string {
  return resolve(ROOT, process.env['SITE_DIST'] ?? 'dist');
}

/**
 * The built site's folder, or an error telling how to build it. Call it inside a test so that a
 * missing build fails that test with this message instead of skipping anything.
 */
export function requireDist(): string {
  const dir = distDir();
  if (!existsSync(join(dir, 'index.html'))) {
    throw new Error(`No built site: ${join(dir, 'index.html')} is missing. Run \`npm run build\` first ` +
      '(or point SITE_DIST at a built copy, e.g. SITE_DIST=/tmp/site-dist).');
  }
  return dir;
}

/** The built HTML file of a page. */
export function pageFile(page: SitePage): string {
  return join(requireDist(), page.slug === 'index' ? 'index.html' : join(page.slug, 'index.html'));
}

const parsed = new Map<string, Root>();

/** A built page parsed with a real HTML parser (entities decoded). Fails if the page was not built. */
export function loadPage(page: SitePage): Root {
  const file = pageFile(page);
  let tree = parsed.get(file);
  if (!tree) {
    if (!existsSync(file)) throw new Error(`page ${page.path} was not built: ${file} is missing`);
    tree = fromHtml(readFileSync(file, 'utf8'));
    parsed.set(file, tree);
  }
  return tree;
}
