import { test } from 'node:test';
import assert from 'node:assert/strict';
import { monacoCssOnDemand } from '../../src/components/sandbox/vite-plugin-monaco-css.ts';

test("Monaco's own CSS imports become an empty module; every other import is left alone", () => {
  const plugin = monacoCssOnDemand();
  const monacoModule = '/site/node_modules/monaco-editor/esm/vs/editor/contrib/suggest/browser/suggestWidget.js';
  const stub = plugin.resolveId('./media/suggest.css', monacoModule);
  assert.ok(stub);
  assert.equal(plugin.load(stub), 'export {};');
  assert.equal(plugin.resolveId('./sandbox.css', '/site/src/components/sandbox/Sandbox.astro'), null);
  assert.equal(plugin.resolveId('../base/x.js', monacoModule), null);
  assert.equal(plugin.resolveId('@xterm/xterm/css/xterm.css?inline', '/site/src/components/sandbox/terminal-panel.ts'), null);
  assert.equal(plugin.load('/site/src/x.css'), null);
});
