/**
 * Put Monaco in place of a sandbox's code: loaded (editor-preload.ts), then — once no IME
 * composition is under way — in one synchronous step the plain layer's text, undo steps, caret and
 * focus move into it (plain-editor.ts → editor-loader.ts), so no keystroke is lost or doubled.
 */
import type { EditStore } from './edit-store.ts';
import type { SandboxEditor } from './editor-loader.ts';
import { preloadEditor } from './editor-preload.ts';
import type { FileTabs } from './file-tabs.ts';
import type { SandboxPageData } from './page-data.ts';
import { plainEditingOf } from './plain-editor.ts';

/** Create the editor of `root`; resolves with it once it shows the selected file. */
export async function mountEditor(root: HTMLElement, data: SandboxPageData, store: EditStore, tabs: FileTabs): Promise<SandboxEditor | null> {
  const { createSandboxEditor } = await preloadEditor();
  const plain = plainEditingOf(root);
  await plain?.settled();
  const container = root.querySelector<HTMLElement>('[data-editor]');
  if (!container) return null;
  // The editor takes the place of the highlighted code at the same height, so nothing below it moves.
  const panel = root.querySelector('.sb-panel[data-active]:not([data-original])') ?? root.querySelector('.sb-panel:not([data-original])');
  const height = panel?.getBoundingClientRect().height ?? 0;
  container.style.height = height > 0 ? `${Math.round(Math.min(Math.max(height, 160), 384))}px` : '24rem';
  // From here to the end nothing awaits: the reader's next key goes to Monaco, none is dropped.
  const handoff = plain?.take();
  const files = Object.fromEntries(data.editable.map((f) => [f, store.current(f)]));
  root.dataset['editing'] = '';
  container.hidden = tabs.selected === 'original.py';
  const editor = createSandboxEditor(container, {
    sandboxId: data.id,
    files,
    show: tabs.selected === 'original.py' ? (data.editable[0] ?? '') : tabs.selected,
    ...(handoff ? { handoff } : {}),
    onChange: (file, text) => store.update(file, text),
    label: (file) => ({ zh: `代码编辑器：${file}`, en: `Code editor: ${file}` }),
  });
  store.onChange((file) => editor.setText(file, store.current(file)));
  return editor;
}
