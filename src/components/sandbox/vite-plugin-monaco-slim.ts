/**
 * Vite plugin for astro.config: keeps parts of monaco-editor that a sandbox never uses out of the
 * editor chunk (issue 19: the chunk was 985 KB gzip, the budget is 750 KB).
 *
 * - `editor.api` builds one namespace object that references the diff editors, so they can never
 *   be tree-shaken; nothing here creates a diff editor, so their widgets become classes that throw.
 * - The WebGPU renderer, created only when `experimentalGpuAcceleration` is on (it is off here).
 * - The quick-input controller (command palette, "go to line") and the tree widgets (used only by
 *   the workbench lists behind peek/reference views) are never shown here: stubs that throw too.
 * - `internal/common/workers.js` (used by the TypeScript language service to start its worker)
 *   imports every editor contribution for its side effects; in this site that only re-registered
 *   features, late and into the lazily loaded tsMode chunk (577 KB), so those imports are dropped.
 *
 * A stub throws a clear error if some path ever reaches it, rather than misbehaving silently.
 */
import { dirname, resolve } from 'node:path';

const stubClass = (names: string[], what: string): string =>
  `class Stub { constructor() { throw new Error(${JSON.stringify(`${what} is not bundled in this site's editor`)}); } }\n` +
  `export { ${names.map((n) => `Stub as ${n}`).join(', ')} };`;

/** Monaco module (path under esm/vs/) → the source that replaces it. */
export const MONACO_STUBS: Record<string, string> = {
  'editor/browser/widget/diffEditor/diffEditorWidget.js': stubClass(['DiffEditorWidget'], 'the diff editor'),
  'editor/browser/widget/multiDiffEditor/multiDiffEditorWidget.js': stubClass(['MultiDiffEditorWidget'], 'the multi-diff editor'),
  'platform/quickinput/browser/quickInputController.js': stubClass(['QuickInputController'], 'quick input'),
  // The WebGPU renderer: view.js creates it only with `experimentalGpuAcceleration: 'on'` (off here).
  'editor/browser/gpu/viewGpuContext.js': stubClass(['ViewGpuContext'], 'the GPU renderer'),
  'editor/browser/viewParts/viewLinesGpu/viewLinesGpu.js': stubClass(['ViewLinesGpu'], 'the GPU renderer'),
  // listService.js reads these two enums when a workbench tree is configured; the values are Monaco's.
  'base/browser/ui/tree/abstractTree.js':
    'export const TreeFindMode = { Highlight: 0, Filter: 1 };\nexport const TreeFindMatchType = { Fuzzy: 0, Contiguous: 1 };',
  'base/browser/ui/tree/asyncDataTree.js': stubClass(['AsyncDataTree', 'CompressibleAsyncDataTree'], 'the tree widget'),
  'base/browser/ui/tree/dataTree.js': stubClass(['DataTree'], 'the tree widget'),
  'base/browser/ui/tree/objectTree.js': stubClass(['ObjectTree', 'CompressibleObjectTree'], 'the tree widget'),
};

const PREFIX = '\0live-sockets:monaco-stub:';
const MONACO_ESM = /[\\/]monaco-editor[\\/]esm[\\/]vs[\\/]/;
const WORKERS = /[\\/]monaco-editor[\\/]esm[\\/]vs[\\/]internal[\\/]common[\\/]workers\.js$/;

/** Minimal structural type of the Vite plugin, so this file needs no Vite types. */
export interface MonacoSlimPlugin {
  name: string;
  enforce: 'pre';
  resolveId(source: string, importer: string | undefined): string | null;
  load(id: string): string | null;
  transform(code: string, id: string): string | null;
}

/** Which stub (if any) replaces `source` imported by `importer`. */
export function stubFor(source: string, importer: string | undefined): string | null {
  if (!importer || !MONACO_ESM.test(importer) || !source.startsWith('.')) return null;
  const target = resolve(dirname(importer), source).replace(/\\/g, '/');
  return Object.keys(MONACO_STUBS).find((key) => target.endsWith(`/esm/vs/${key}`)) ?? null;
}

/** Create the plugin. */
export function monacoSlim(): MonacoSlimPlugin {
  return {
    name: 'live-sockets:monaco-slim',
    enforce: 'pre',
    resolveId(source, importer) {
      const key = stubFor(source, importer);
      return key ? PREFIX + key : null;
    },
    load(id) {
      return id.startsWith(PREFIX) ? (MONACO_STUBS[id.slice(PREFIX.length)] ?? null) : null;
    },
    transform(code, id) {
      // Only the bare side-effect imports (`import '…';`); the named imports it needs stay.
      return WORKERS.test(id) ? code.replace(/^import '[^']+';$/gm, '') : null;
    },
  };
}
