/**
 * Vite plugin: when Starlight's Search component imports `@pagefind/default-ui`, give it
 * pagefind-ui-on-open.ts instead, which loads the real UI only when search is opened.
 * Every other importer (including that stand-in) gets the real package.
 */
import type { Plugin } from 'vite';
import { fileURLToPath } from 'node:url';

const SHIM = fileURLToPath(new URL('./pagefind-ui-on-open.ts', import.meta.url));

/** Whether an importer is Starlight's search component (its script module). */
export function isStarlightSearch(importer: string | undefined): boolean {
  return !!importer && /@astrojs[\\/]starlight[\\/].*Search\.astro/.test(importer);
}

export function lazyPagefindUi(): Plugin {
  return {
    name: 'live-sockets:lazy-pagefind-ui',
    enforce: 'pre',
    resolveId(source, importer) {
      if (source === '@pagefind/default-ui' && isStarlightSearch(importer)) return SHIM;
      return null;
    },
  };
}
