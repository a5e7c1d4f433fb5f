/**
 * Vite plugin for astro.config: drops the `import './x.css'` statements inside monaco-editor's ESM
 * modules. Astro adds the CSS of every module reachable from a page's scripts — dynamic imports
 * included — to that page's <head> (withastro/astro#9495), so without this every page with a sandbox
 * would load Monaco's stylesheets up front. editor-loader.ts injects Monaco's bundled stylesheet
 * itself when the editor first loads.
 *
 * @example
 * // astro.config.mjs
 * import { monacoCssOnDemand } from './src/components/sandbox/vite-plugin-monaco-css.ts';
 * export default defineConfig({ vite: { plugins: [monacoCssOnDemand()] } });
 */

const EMPTY = '\0live-sockets:monaco-css';

/** Minimal structural type of a Vite plugin, so this file needs no Vite types. */
export interface MonacoCssPlugin {
  name: string;
  enforce: 'pre';
  resolveId(source: string, importer: string | undefined): string | null;
  load(id: string): string | null;
}

/** Create the plugin. */
export function monacoCssOnDemand(): MonacoCssPlugin {
  return {
    name: 'live-sockets:monaco-css-on-demand',
    enforce: 'pre',
    resolveId(source, importer) {
      if (!importer || !/\.css$/.test(source)) return null;
      return /[\\/]monaco-editor[\\/]esm[\\/]/.test(importer) ? EMPTY : null;
    },
    load(id) {
      return id === EMPTY ? 'export {};' : null;
    },
  };
}
