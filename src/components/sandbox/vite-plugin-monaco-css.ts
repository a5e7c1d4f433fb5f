/**
 * Vite plugin for astro.config: Monaco's CSS as one stylesheet of only the parts the editor uses,
 * fetched when the editor loads — never in a page's <head>, never inside the editor's JS chunk.
 *
 * Astro adds the CSS of every module reachable from a page's scripts — dynamic imports included —
 * to that page's <head> (withastro/astro#9495), so the `import './x.css'` statements inside
 * monaco-editor's ESM modules become empty modules here. The plugin remembers each of those files
 * and, when the chunks are rendered, writes their text (in import order, comments dropped) as one
 * asset beside the chunk that asked for it through `virtual:live-sockets/monaco-css-url`; the
 * codicon font it refers to is emitted beside it. editor-preload.ts fetches that URL on intent.
 * Under `astro dev` there is no bundle: the module exports null and the loader falls back to
 * Monaco's prebuilt stylesheet.
 *
 * @example
 * // astro.config.mjs
 * import { monacoCssOnDemand } from './src/components/sandbox/vite-plugin-monaco-css.ts';
 * export default defineConfig({ vite: { plugins: [monacoCssOnDemand()] } });
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { basename, dirname, posix, resolve } from 'node:path';

const EMPTY = '\0live-sockets:monaco-css';
/** The module whose default export is the stylesheet's URL (or null in dev). */
export const CSS_URL_MODULE = 'virtual:live-sockets/monaco-css-url';
const CSS_URL_ID = `\0${CSS_URL_MODULE}`;
const PLACEHOLDER = '__LIVE_SOCKETS_MONACO_CSS__';
const MONACO_ESM = /[\\/]monaco-editor[\\/]esm[\\/]/;

/** What the plugin needs of Rollup's plugin context in renderChunk. */
interface EmitContext {
  emitFile(file: { type: 'asset'; fileName: string; source: string | Uint8Array }): string;
}

/** Minimal structural type of a Vite plugin, so this file needs no Vite types. */
export interface MonacoCssPlugin {
  name: string;
  enforce: 'pre';
  configResolved(config: { command: string }): void;
  resolveId(source: string, importer: string | undefined): string | null;
  load(id: string): string | null;
  renderChunk(this: EmitContext, code: string, chunk: { fileName: string }): string | null;
}

const hash = (data: string | Uint8Array): string => createHash('sha256').update(data).digest('hex').slice(0, 8);

/**
 * Join the stylesheets `files` (absolute paths, in import order) into one: comments dropped,
 * relative `url(./x)` references renamed through `asset(path) → file name`.
 */
export function joinStylesheets(files: Iterable<string>, read: (path: string) => string, asset: (path: string) => string): string {
  const parts: string[] = [];
  for (const file of files) {
    const text = read(file)
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/url\(\s*(['"]?)(\.{1,2}\/[^'")]+)\1\s*\)/g, (_m, _q: string, rel: string) => `url(${asset(resolve(dirname(file), rel))})`)
      .replace(/\n\s*\n/g, '\n')
      .trim();
    if (text) parts.push(text);
  }
  return `${parts.join('\n')}\n`;
}

/** Create the plugin. */
export function monacoCssOnDemand(): MonacoCssPlugin {
  const stylesheets = new Set<string>();
  let dev = false;
  let emitted: { css: string; dir: string } | null = null;
  return {
    name: 'live-sockets:monaco-css-on-demand',
    enforce: 'pre',
    configResolved(config) {
      dev = config.command === 'serve';
    },
    resolveId(source, importer) {
      if (source === CSS_URL_MODULE) return CSS_URL_ID;
      if (!importer || !/\.css$/.test(source)) return null;
      if (!MONACO_ESM.test(importer)) return null;
      if (source.startsWith('.')) stylesheets.add(resolve(dirname(importer), source));
      return EMPTY;
    },
    load(id) {
      if (id === EMPTY) return 'export {};';
      if (id !== CSS_URL_ID) return null;
      // A variable, not a literal, so Vite's `new URL(…, import.meta.url)` rewriting leaves it alone.
      return dev ? 'export default null;' : `const file = ${JSON.stringify(PLACEHOLDER)};\nexport default new URL(file, import.meta.url).href;`;
    },
    renderChunk(code, chunk) {
      if (!code.includes(PLACEHOLDER) || stylesheets.size === 0) return null;
      const dir = posix.dirname(chunk.fileName);
      if (!emitted || emitted.dir !== dir) {
        const fonts = new Map<string, string>();
        const css = joinStylesheets(stylesheets, (p) => readFileSync(p, 'utf8'), (path) => {
          let name = fonts.get(path);
          if (!name) {
            const bytes = readFileSync(path);
            name = `${basename(path).replace(/(\.[^.]+)$/, `.${hash(bytes)}$1`)}`;
            this.emitFile({ type: 'asset', fileName: posix.join(dir, name), source: bytes });
            fonts.set(path, name);
          }
          return name;
        });
        const name = `monaco-editor.${hash(css)}.css`;
        this.emitFile({ type: 'asset', fileName: posix.join(dir, name), source: css });
        emitted = { css: name, dir };
      }
      return code.split(PLACEHOLDER).join(`./${emitted.css}`);
    },
  };
}
