/**
 * The plain editable layer of a sandbox: the moment the reader clicks into (or types in) the
 * server-rendered code, a <textarea> with the same text, font and caret takes its place, so
 * keystrokes land while Monaco is still loading. Edits go to the edit store as Monaco's would.
 * editor-mount.ts later takes the layer's text states, selection and focus over into Monaco
 * (editor-handoff.ts) and removes it. Part of the reading page's script: kept small.
 */
import type { EditStore } from './edit-store.ts';
import { offsetOfLine, startsUndoStep } from './editor-handoff.ts';

/** What Monaco needs to continue where the plain layer stops, per file. */
export interface PlainFileState {
  /** Text states, oldest first: [0] is the text when the layer opened, the last is the current text. */
  states: string[];
  selectionStart: number;
  selectionEnd: number;
  backward: boolean;
  /** The reader's caret is here now (the textarea has focus). */
  focused: boolean;
}

export interface PlainEditing {
  /** Resolves when no IME composition is under way (never swap mid-composition). */
  settled(): Promise<void>;
  /** Stop the layer: returns each opened file's state and removes the textareas. Synchronous. */
  take(): Map<string, PlainFileState>;
}

const layers = new WeakMap<HTMLElement, PlainEditing>();

/** The plain layer of a `<live-sandbox>`, if set up. */
export function plainEditingOf(root: HTMLElement): PlainEditing | undefined {
  return layers.get(root);
}

/** Keys that produce text (or edit it) when the code panel itself has focus. */
const typingKey = (e: KeyboardEvent): boolean =>
  !e.ctrlKey && !e.metaKey && !e.altKey && (e.key.length === 1 || e.key === 'Enter' || e.key === 'Backspace' || e.key === 'Process');

/** Grow a textarea to its text (borders and a sideways scrollbar included): the panel scrolls, not it. */
const fit = (area: HTMLTextAreaElement): void => {
  area.style.height = `${area.scrollHeight + area.offsetHeight - area.clientHeight}px`;
};

/** The text offset under a point of a rendered code panel (expressive-code lines or a plain <pre>). */
function offsetAtPoint(panel: HTMLElement, text: string, x: number, y: number): number {
  const doc = panel.ownerDocument as Document & { caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null };
  const pos = doc.caretPositionFromPoint?.(x, y);
  const caret = pos ? { node: pos.offsetNode, offset: pos.offset } : (() => {
    const r = doc.caretRangeFromPoint?.(x, y);
    return r ? { node: r.startContainer, offset: r.startOffset } : null;
  })();
  if (!caret || !panel.contains(caret.node)) return 0;
  const before = (from: Node): number => {
    const range = doc.createRange();
    range.setStart(from, 0);
    range.setEnd(caret.node, caret.offset);
    return range.toString().length;
  };
  const el = caret.node instanceof Element ? caret.node : caret.node.parentElement;
  const line = el?.closest('.ec-line');
  if (line) {
    const lines = [...panel.querySelectorAll('.ec-line')];
    return offsetOfLine(text, lines.indexOf(line), before(line.querySelector('.code') ?? line));
  }
  const plain = el?.closest('pre.sb-plain');
  return plain ? Math.min(before(plain), text.length) : 0;
}

/** Wire the plain layer inside `root`; `onOpen` runs when the reader starts editing (load Monaco). */
export function setupPlainEditing(root: HTMLElement, store: EditStore, onOpen: () => void): PlainEditing {
  const open = new Map<string, { area: HTMLTextAreaElement; states: string[]; lastType: string | null }>();
  let composing = false;
  let settle: Array<() => void> = [];
  let stopped = false;

  const editablePanel = (target: EventTarget | null): HTMLElement | null => {
    if (stopped || !(target instanceof Element) || target.closest('button, a, .sb-typing')) return null;
    const panel = target.closest<HTMLElement>('.sb-panel[data-panel]:not([data-original])');
    return panel && root.contains(panel) ? panel : null;
  };

  const openAt = (panel: HTMLElement, offset: (text: string) => number): void => {
    const file = panel.dataset['panel'] ?? '';
    const text = store.current(file);
    const shown = [...panel.querySelectorAll<HTMLElement>('pre')].find((p) => p.offsetParent !== null);
    const at = offset(text);
    let entry = open.get(file);
    if (!entry) {
      const area = document.createElement('textarea');
      area.className = 'sb-typing';
      area.spellcheck = false;
      area.autocapitalize = 'off';
      area.setAttribute('autocomplete', 'off');
      area.setAttribute('aria-label', `${file} (代码 / code)`);
      area.value = text;
      if (shown) {
        // Same metrics as the highlighted code, so the text does not move under the caret.
        const code = shown.querySelector<HTMLElement>('.code') ?? shown;
        const cs = getComputedStyle(code);
        const box = shown.getBoundingClientRect();
        // Where the first character is drawn, measured: expressive-code pads lines, not the <pre>.
        const first = shown.querySelector('.ec-line')?.getBoundingClientRect();
        const inset = (edge: number, fallback: string): string => (first ? `${Math.max(0, edge)}px` : fallback);
        const ps = getComputedStyle(shown);
        Object.assign(area.style, {
          fontFamily: cs.fontFamily, fontSize: cs.fontSize, lineHeight: cs.lineHeight, tabSize: cs.tabSize,
          paddingTop: inset((first?.top ?? 0) - box.top, ps.paddingTop),
          paddingBottom: ps.paddingBottom,
          paddingLeft: inset(code.getBoundingClientRect().left + parseFloat(cs.paddingLeft) - box.left, ps.paddingLeft),
          paddingRight: ps.paddingRight,
          minHeight: `${box.height}px`,
        });
      }
      const scroll = panel.scrollTop;
      // In place of the <pre> only: the file's title bar above it stays where it was.
      if (shown) shown.after(area);
      else panel.append(area);
      panel.dataset['typing'] = '';
      fit(area);
      panel.scrollTop = scroll;
      entry = { area, states: [text], lastType: null };
      const current = entry;
      area.addEventListener('input', (event) => {
        const e = event as InputEvent;
        if (!e.isComposing && startsUndoStep(current.lastType, e.inputType, e.data)) current.states.push(current.states.at(-1) ?? '');
        current.lastType = e.inputType;
        current.states[current.states.length - 1] = area.value;
        fit(area);
        store.update(file, area.value);
      });
      open.set(file, entry);
    }
    entry.area.focus({ preventScroll: true });
    entry.area.setSelectionRange(at, at);
    onOpen();
  };

  root.addEventListener('pointerdown', (e) => {
    const panel = editablePanel(e.target);
    if (!panel || e.button !== 0 || e.pointerType === 'touch') return;
    // The caret is placed here; the browser's own mousedown would move focus back to the panel.
    e.preventDefault();
    openAt(panel, (text) => offsetAtPoint(panel, text, e.clientX, e.clientY));
  });
  // A tap opens on click, so that a finger scrolling the page does not raise the keyboard.
  root.addEventListener('click', (e) => {
    const panel = editablePanel(e.target);
    if (panel && (e as PointerEvent).pointerType === 'touch') openAt(panel, (text) => offsetAtPoint(panel, text, e.clientX, e.clientY));
  });
  // Typing on the focused panel (keyboard users): moving focus during keydown lets the key land in the textarea.
  root.addEventListener('keydown', (e) => {
    const panel = editablePanel(e.target);
    if (panel && e.target === panel && typingKey(e)) openAt(panel, () => 0);
  });
  root.addEventListener('compositionstart', () => { composing = true; });
  root.addEventListener('compositionend', () => {
    composing = false;
    for (const resolve of settle) resolve();
    settle = [];
  });
  // Reset/Undo while the layer is open: show the store's text, as a new undo step.
  store.onChange((file) => {
    const entry = open.get(file);
    if (!entry || entry.area.value === store.current(file)) return;
    entry.area.value = store.current(file);
    entry.states.push(entry.area.value);
    entry.lastType = null;
  });

  const editing: PlainEditing = {
    settled: () => (composing ? new Promise((resolve) => settle.push(resolve)) : Promise.resolve()),
    take() {
      stopped = true;
      const states = new Map<string, PlainFileState>();
      for (const [file, { area, states: s }] of open) {
        states.set(file, {
          states: s,
          selectionStart: area.selectionStart,
          selectionEnd: area.selectionEnd,
          backward: area.selectionDirection === 'backward',
          focused: document.activeElement === area,
        });
        const panel = area.closest<HTMLElement>('.sb-panel');
        area.remove();
        if (panel) delete panel.dataset['typing'];
      }
      open.clear();
      return states;
    },
  };
  layers.set(root, editing);
  return editing;
}
