/**
 * Post-processes every rendered docs page: the first use of each glossary term links to its entry.
 * Runs at build time for the prerendered pages (and per request in `astro dev`). The work is done on the
 * final HTML because the Chinese text is quoted from the seed by components, outside the MDX tree.
 */
import { defineMiddleware } from 'astro:middleware';
import { glossary } from './data/glossary.ts';
import { linkGlossaryTerms } from './content/glossary-linker.ts';

const base = import.meta.env.BASE_URL.endsWith('/') ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;
const glossaryHref = `${base}glossary/`;

/** The glossary page itself gets no links to itself. */
function isGlossaryPage(pathname: string): boolean {
  return /\/glossary(?:\/(?:index\.html)?|\.html)?$/.test(pathname);
}

export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  const type = response.headers.get('content-type') ?? '';
  if (!type.includes('text/html') || isGlossaryPage(context.url.pathname)) return response;
  const html = await response.text();
  const headers = new Headers(response.headers);
  headers.delete('content-length');
  return new Response(linkGlossaryTerms(html, glossary, glossaryHref), {
    status: response.status,
    statusText: response.statusText,
    headers,
  });
});
