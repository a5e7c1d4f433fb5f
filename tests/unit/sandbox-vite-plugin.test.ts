import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CSS_URL_MODULE, joinStylesheets, monacoCssOnDemand } from '../../src/components/sandbox/vite-plugin-monaco-css.ts';
import { MONACO_STUBS, monacoSlim, stubFor } from '../../src/components/sandbox/vite-plugin-monaco-slim.ts';

const monacoModule = '/site/node_modules/monaco-editor/esm/vs/editor/contrib/suggest/browser/suggestWidget.js';

test("Monaco's own CSS imports become an empty module; every other import is left alone", () => {
  const plugin = monacoCssOnDemand();
  plugin.configResolved({ command: 'build' });
  const stub = plugin.resolveId('./media/suggest.css', monacoModule);
  assert.ok(stub);
  assert.equal(plugin.load(stub), 'export {};');
  assert.equal(plugin.resolveId('./sandbox.css', '/site/src/components/sandbox/Sandbox.astro'), null);
  assert.equal(plugin.resolveId('../base/x.js', monacoModule), null);
  assert.equal(plugin.resolveId('@xterm/xterm/css/xterm.css?inline', '/site/src/components/sandbox/terminal-panel.ts'), null);
  assert.equal(plugin.load('/site/src/x.css'), null);
});

test('the stylesheets Monaco imported become one asset beside the chunk that asks for its URL', () => {
  const plugin = monacoCssOnDemand();
  plugin.configResolved({ command: 'build' });
  const urlId = plugin.resolveId(CSS_URL_MODULE, '/site/src/components/sandbox/editor-preload.ts');
  assert.ok(urlId);
  const source = plugin.load(urlId)!;
  const placeholder = /"(__[A-Z_]+__)"/.exec(source)?.[1];
  assert.ok(placeholder, 'the URL module carries a placeholder');
  // A chunk without the placeholder is left alone; with it (but nothing imported yet) too.
  const emitted: Array<{ fileName: string; source: string | Uint8Array }> = [];
  const ctx = { emitFile: (f: { type: 'asset'; fileName: string; source: string | Uint8Array }) => (emitted.push(f), f.fileName) };
  assert.equal(plugin.renderChunk.call(ctx, 'let a = 1;', { fileName: '_astro/x.js' }), null);
  // The real suggest stylesheet of the installed Monaco is read from node_modules.
  plugin.resolveId('./media/suggest.css', `${process.cwd()}/node_modules/monaco-editor/esm/vs/editor/contrib/suggest/browser/suggestWidget.js`);
  const out = plugin.renderChunk.call(ctx, `const file = "${placeholder}";`, { fileName: '_astro/page.js' });
  assert.match(out ?? '', /const file = "\.\/monaco-editor\.[0-9a-f]{8}\.css";/);
  assert.equal(emitted.length, 1);
  assert.match(emitted[0]!.fileName, /^_astro\/monaco-editor\.[0-9a-f]{8}\.css$/);
  assert.match(String(emitted[0]!.source), /\.suggest-widget/);
  assert.doesNotMatch(String(emitted[0]!.source), /\/\*/, 'comments dropped');
});

test('under astro dev the URL module is null (the loader falls back to the prebuilt stylesheet)', () => {
  const plugin = monacoCssOnDemand();
  plugin.configResolved({ command: 'serve' });
  assert.equal(plugin.load(plugin.resolveId(CSS_URL_MODULE, undefined)!), 'export default null;');
});

test('joinStylesheets drops comments and renames relative url()s through the asset callback', () => {
  const files: Record<string, string> = {
    '/m/a/a.css': '/* licence */\n.a { color: red; }\n',
    '/m/b/codicon.css': '@font-face { src: url(./codicon.ttf) format("truetype"); }\n.b { background: url("data:image/png;base64,xx"); }',
  };
  const css = joinStylesheets(Object.keys(files), (p) => files[p]!, (p) => `font-for-${p.split('/').pop()}`);
  assert.equal(css, '.a { color: red; }\n@font-face { src: url(font-for-codicon.ttf) format("truetype"); }\n.b { background: url("data:image/png;base64,xx"); }\n');
});

test('the diff editor, quick input and trees are stubbed for Monaco modules only', () => {
  const standalone = '/site/node_modules/monaco-editor/esm/vs/editor/standalone/browser/standaloneCodeEditor.js';
  assert.equal(stubFor('../../browser/widget/diffEditor/diffEditorWidget.js', standalone), 'editor/browser/widget/diffEditor/diffEditorWidget.js');
  assert.equal(stubFor('./standaloneServices.js', standalone), null);
  assert.equal(stubFor('../../browser/widget/diffEditor/diffEditorWidget.js', '/site/src/x.ts'), null);
  const plugin = monacoSlim();
  const id = plugin.resolveId('./quickInputController.js', '/site/node_modules/monaco-editor/esm/vs/platform/quickinput/browser/quickInputService.js');
  assert.ok(id);
  assert.match(plugin.load(id)!, /throw new Error\(".*quick input is not bundled/);
  assert.ok(Object.keys(MONACO_STUBS).length >= 4);
  assert.match(MONACO_STUBS['base/browser/ui/tree/abstractTree.js']!, /TreeFindMode = \{ Highlight: 0, Filter: 1 \}/);
});

test("the workers module loses its side-effect imports (every contribution) and keeps its named ones", () => {
  const plugin = monacoSlim();
  const code = "import '../../editor/contrib/folding/browser/folding.js';\nimport { createWebWorker } from './x.js';\nexport { createWebWorker };";
  const out = plugin.transform(code, '/site/node_modules/monaco-editor/esm/vs/internal/common/workers.js');
  assert.equal(out, "\nimport { createWebWorker } from './x.js';\nexport { createWebWorker };");
  assert.equal(plugin.transform(code, '/site/node_modules/monaco-editor/esm/vs/editor/editor.api.js'), null);
});

test('the injected stylesheet gets absolute url()s (the font beside it), leaving data: and absolute ones alone', async () => {
  const { absoluteUrls } = await import('../../src/components/sandbox/css-urls.ts');
  const base = 'https://example.test/live-sockets/_astro/monaco-editor.1234abcd.css';
  assert.equal(absoluteUrls('@font-face{src:url(codicon.1a2b3c4d.ttf) format("truetype")}', base),
    '@font-face{src:url(https://example.test/live-sockets/_astro/codicon.1a2b3c4d.ttf) format("truetype")}');
  assert.equal(absoluteUrls('a{b:url("./x.png")}', base), 'a{b:url("https://example.test/live-sockets/_astro/x.png")}');
  for (const kept of ['a{b:url("data:image/png;base64,xx")}', 'a{b:url(/abs.png)}', 'a{b:url(https://cdn.test/y.png)}']) {
    assert.equal(absoluteUrls(kept, base), kept);
  }
});
