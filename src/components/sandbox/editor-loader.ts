/**
 * The code editor of a sandbox (Monaco), loaded with `import()` on intent or the first interaction —
 * nothing of Monaco is in a reading page. Only the editor core, the JavaScript language and the
 * features a reader uses are imported (no folding, multi-cursor, snippets, parameter hints, word
 * highlighting; vite-plugin-monaco-slim.ts stubs out the diff editor, quick input and trees).
 * Workers come from Vite `?worker` imports (otherwise Monaco inlines a broken data: URL worker);
 * the stylesheet is fetched beside the chunk by editor-preload.ts, never hoisted into <head>.
 */
import * as monaco from 'monaco-editor/editor';
import 'monaco-editor/features/bracketMatching/register';
import 'monaco-editor/features/clipboard/register';
import 'monaco-editor/features/comment/register';
import 'monaco-editor/features/cursorUndo/register';
import 'monaco-editor/features/find/register';
import 'monaco-editor/features/hover/register';
import 'monaco-editor/features/indentation/register';
// The completion widget. (`features/suggest` brings only inline "ghost text" suggestions, off here;
// in Monaco's full build the controller comes with every other contribution.)
import 'monaco-editor/editor/contrib/suggest/browser/suggestController';
import 'monaco-editor/features/toggleTabFocusMode/register';
import 'monaco-editor/features/wordOperations/register';
import 'monaco-editor/languages/definitions/javascript/register';
// Highlighting only (a 6 KB tokenizer, no language service) for the Python programs (issue 18).
import 'monaco-editor/languages/definitions/python/register';
import {
  javascriptDefaults,
  ModuleKind,
  ModuleResolutionKind,
  ScriptTarget,
} from 'monaco-editor/languages/features/typescript/register';
import EditorWorker from 'monaco-editor/editor/editor.worker?worker';
import TsWorker from 'monaco-editor/languages/features/typescript/ts.worker?worker';
import type { Bilingual } from '../../sandbox/schema.ts';
import { pickText } from './messages.ts';
import { positionAt, replayEdits } from './editor-handoff.ts';
import type { PlainFileState } from './plain-editor.ts';

/** What the sandbox needs from an editor: show a file, follow its changes. */
export interface SandboxEditor {
  show(file: string): void;
  /** Replace a file's text (Reset / Undo); no-op when equal. */
  setText(file: string, text: string): void;
  focus(): void;
  dispose(): void;
}

export interface EditorOptions {
  sandboxId: string;
  /** Editable files and their current text, in tab order. */
  files: Record<string, string>;
  onChange(file: string, text: string): void;
  /** Accessible name of the editor, per reading mode. */
  label: (file: string) => Bilingual;
  /** The file shown first (default: the first). */
  show?: string;
  /**
   * What the reader typed in the plain layer before Monaco came: each file's model starts at the
   * first text state and replays the others as undo steps; the shown file gets the selection, and
   * the focus if the reader's caret was there.
   */
  handoff?: ReadonlyMap<string, PlainFileState>;
}

let setupDone = false;
function setupOnce(): void {
  if (setupDone) return;
  setupDone = true;
  (self as unknown as { MonacoEnvironment: monaco.Environment }).MonacoEnvironment = {
    getWorker: (_id: string, label: string) => (label === 'typescript' || label === 'javascript' ? new TsWorker() : new EditorWorker()),
  };
  javascriptDefaults.setCompilerOptions({
    target: ScriptTarget.ESNext,
    module: ModuleKind.ESNext,
    moduleResolution: ModuleResolutionKind.NodeJs,
    allowJs: true,
    allowNonTsExtensions: true,
    allowSyntheticDefaultImports: true,
    esModuleInterop: true,
    // No DOM: the sandboxes are Node programs; console, timers and process come from @types/node.
    lib: ['esnext'],
    noEmit: true,
  });
  // Let imports between a sandbox's own files resolve before they are opened.
  javascriptDefaults.setEagerModelSync(true);

  const html = document.documentElement;
  const applyTheme = (): void => monaco.editor.setTheme(html.dataset['theme'] === 'light' ? 'vs' : 'vs-dark');
  applyTheme();
  new MutationObserver(applyTheme).observe(html, { attributes: true, attributeFilter: ['data-theme'] });

  // Node typings are big: add them once the editor is on screen, so they never delay it.
  const later = (globalThis as { requestIdleCallback?: (cb: () => void) => void }).requestIdleCallback ?? ((cb: () => void) => setTimeout(cb, 200));
  later(() => {
    void import('./node-typings.ts').then((m) => m.addNodeTypings(javascriptDefaults));
  });
}

const languageOf = (file: string): string => (/\.m?js$/.test(file) ? 'javascript' : file.endsWith('.py') ? 'python' : 'plaintext');

/** Create the editor inside `container` (which must be visible) and show the first file. */
export function createSandboxEditor(container: HTMLElement, options: EditorOptions): SandboxEditor {
  setupOnce();
  const models = new Map<string, monaco.editor.ITextModel>();
  for (const [file, text] of Object.entries(options.files)) {
    const uri = monaco.Uri.parse(`file:///${options.sandboxId}/${file}`);
    const states = options.handoff?.get(file)?.states ?? [];
    const start = states[0] ?? text;
    const model = monaco.editor.getModel(uri) ?? monaco.editor.createModel(start, languageOf(file), uri);
    if (model.getValue() !== start) model.setValue(start);
    // Each state the reader went through becomes one undo stop, so Ctrl+Z in Monaco walks them back.
    for (const edit of replayEdits(states)) {
      const from = model.getPositionAt(edit.start);
      const to = model.getPositionAt(edit.end);
      model.pushStackElement();
      model.pushEditOperations([], [{ range: new monaco.Range(from.lineNumber, from.column, to.lineNumber, to.column), text: edit.text }], () => null);
    }
    model.pushStackElement();
    if (model.getValue() !== text) model.setValue(text);
    model.onDidChangeContent(() => options.onChange(file, model.getValue()));
    models.set(file, model);
  }
  let current = options.show !== undefined && options.show in options.files ? options.show : (Object.keys(options.files)[0] ?? '');
  const html = document.documentElement;
  const ariaLabel = (): string => pickText(options.label(current), html.dataset['lang']);
  const editor = monaco.editor.create(container, {
    model: models.get(current) ?? null,
    automaticLayout: true,
    minimap: { enabled: false },
    scrollBeyondLastLine: false,
    fontSize: 13,
    tabSize: 2,
    ariaLabel: ariaLabel(),
    fixedOverflowWidgets: true,
  });
  const typed = options.handoff?.get(current);
  const model = models.get(current);
  if (typed && model) {
    const text = model.getValue();
    const a = positionAt(text, typed.selectionStart);
    const b = positionAt(text, typed.selectionEnd);
    const [anchor, active] = typed.backward ? [b, a] : [a, b];
    editor.setSelection(new monaco.Selection(anchor.lineNumber, anchor.column, active.lineNumber, active.column));
    editor.revealPositionInCenterIfOutsideViewport({ lineNumber: active.lineNumber, column: active.column });
    if (typed.focused) editor.focus();
  }
  const langObserver = new MutationObserver(() => editor.updateOptions({ ariaLabel: ariaLabel() }));
  langObserver.observe(html, { attributes: true, attributeFilter: ['data-lang'] });

  return {
    show(file) {
      const model = models.get(file);
      if (!model || file === current) return;
      current = file;
      editor.setModel(model);
      editor.updateOptions({ ariaLabel: ariaLabel() });
    },
    setText(file, text) {
      const model = models.get(file);
      if (model && model.getValue() !== text) model.setValue(text);
    },
    focus: () => editor.focus(),
    dispose() {
      langObserver.disconnect();
      editor.dispose();
      for (const model of models.values()) model.dispose();
    },
  };
}
