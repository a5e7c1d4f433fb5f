/**
 * Starlight route middleware: sidebar and previous/next labels become `中文 | English`, taken from
 * each page's frontmatter (`title` and `en.title`), so the two never drift apart. The overridden
 * Sidebar/Pagination/BiLabel components split them into language spans.
 */
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { getCollection } from 'astro:content';
import { HEADING_SEPARATOR } from './content/rehype-bilingual-headings.ts';

type Link = { href: string; label: string };

/** `/base/network-basics/` → `network-basics`; the home page is the empty id. */
function idOf(href: string, base: string): string {
  return href.slice(base.length).replace(/^\/+|\/+$/g, '');
}

export const onRequest = defineRouteMiddleware(async (context) => {
  const route = context.locals.starlightRoute;
  const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
  const docs = await getCollection('docs');
  const labels = new Map(docs.map((d) => [d.id === 'index' ? '' : d.id, `${d.data.title}${HEADING_SEPARATOR}${d.data.en.title}`]));
  labels.set('', `首页${HEADING_SEPARATOR}Home`); // the home page's full title is too long for a nav entry
  const relabel = (link: Link | undefined): void => {
    const label = link && labels.get(idOf(link.href, base));
    if (link && label) link.label = label;
  };
  for (const entry of route.sidebar) if (entry.type === 'link') relabel(entry);
  relabel(route.pagination.prev);
  relabel(route.pagination.next);
});
