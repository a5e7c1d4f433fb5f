/**
 * `<live-sandbox>`: the custom element around a sandbox block. What a reading page runs is only
 * this: tabs, the edited markers, Reset/Undo, the plain editing layer (typing at the click), focus
 * mode and the intent watcher. Everything heavy (runtime, xterm, Monaco) is imported on intent or
 * the first interaction (load-intent.ts, sandbox-session.ts).
 */
import { createEditStore, type EditStore, type ResetSnapshot } from './edit-store.ts';
import { setupFileTabs, type FileTabs } from './file-tabs.ts';
import { NOTES, setBilingual } from './messages.ts';
import { wireArgsFields } from './args-field.ts';
import type { ArgsSnapshot, ArgsStore } from './program-args.ts';
import { leaveShared, makeShareLink, sharedEdits, showSharedBanner, showShareProblem } from './share-view.ts';
import { shareTarget, type SharePayload } from './share-link.ts';
import { downloadZip, openInStackBlitz } from './download-view.ts';
import type { SandboxPageData } from './page-data.ts';
import type { Session } from './sandbox-session.ts';
import { preloadEditor } from './editor-preload.ts';
import { setupFocusMode, type FocusMode } from './focus-mode.ts';
import { watchIntent } from './load-intent.ts';
import { setupPlainEditing } from './plain-editor.ts';

/** localStorage, or null where the browser refuses it. */
function browserStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

// Keys that only move focus through the page are not an interaction with the sandbox.
const NAVIGATION_KEYS = new Set(['Tab', 'Shift', 'Control', 'Alt', 'Meta']);

/** The event is in an editable code panel (where the plain layer takes the keys). */
const inCode = (event: Event): boolean =>
  event.target instanceof Element && event.target.closest('.sb-panel[data-panel]:not([data-original])') !== null;

/** A first interaction inside a program panel (or the runtime switch) is about running, not editing. */
function firstUse(event: Event): 'editor' | 'run' {
  const target = event.target instanceof Element ? event.target : null;
  return target?.closest('[data-program], [data-action="switch-runtime"]') ? 'run' : 'editor';
}

class LiveSandbox extends HTMLElement {
  #data: SandboxPageData | null = null;
  #store: EditStore | null = null;
  #tabs: FileTabs | null = null;
  #session: Promise<Session> | null = null;
  #undo: ResetSnapshot | null = null;
  #focus: FocusMode | null = null;
  #args: ArgsStore | null = null;
  #argsUndo: ArgsSnapshot | null = null;

  /** The reader's edits, for blocks that compose a sandbox (exercises apply a solution through it). */
  get editStore(): EditStore | null {
    return this.#store;
  }

  connectedCallback(): void {
    if (this.#data) return;
    const json = this.querySelector('script[data-sandbox-data]')?.textContent;
    if (!json) return;
    const data = JSON.parse(json) as SandboxPageData;
    this.#data = data;
    // A share link for this sandbox (share-view.ts) is read first; a damaged one is explained and ignored.
    // Without one, set up at once: exercise blocks use `editStore` right after the element connects.
    if (shareTarget(location.hash) !== data.id) return this.#setup(data, null);
    void sharedEdits(data).then((shared) => {
      if (shared instanceof Error) showShareProblem(this, shared);
      this.#setup(data, shared instanceof Error ? null : shared);
    });
  }

  /** Tabs, edits and arguments: the reader's own (saved), or a share link's (kept apart, not saved). */
  #setup(data: SandboxPageData, shared: SharePayload | null): void {
    const originals = Object.fromEntries(data.editable.map((f) => [f, data.files[f] ?? '']));
    const store = createEditStore(shared ? `${data.id}~shared` : data.id, originals, { storage: shared ? null : browserStorage() });
    for (const [file, text] of Object.entries(shared?.files ?? {})) store.update(file, text);
    store.flush();
    this.#store = store;
    this.#tabs = setupFileTabs(this, (file) => void this.#session?.then((s) => s.showFile(file)));
    this.dataset['enhanced'] = '';

    for (const file of data.editable) this.#showEdited(file);
    store.onChange((file) => this.#showEdited(file));
    this.#args = wireArgsFields(this, data, shared ? null : browserStorage(), () => this.#showResettable(), shared?.args);
    if (shared) showSharedBanner(this);
    for (const el of this.querySelectorAll<HTMLElement>('.sb-needs-js')) el.hidden = false;
    this.#showResettable();
    addEventListener('pagehide', () => store.flush());

    setupPlainEditing(this, store, () => this.#activateSoon());
    this.#focus = setupFocusMode(this, () => void this.activate('editor'));
    watchIntent(this, () => {
      // Fetch only: nothing is created until the reader acts. A failure here is retried then.
      preloadEditor().catch(() => undefined);
      import('./sandbox-session.ts').catch(() => undefined);
    });

    // Into the code: the plain layer opens and the heavy part follows the first keystroke (#activateSoon).
    this.addEventListener('pointerdown', (e) => (inCode(e) ? this.#activateSoon() : void this.activate(firstUse(e))), { capture: true });
    this.addEventListener('keydown', (e) => {
      if (NAVIGATION_KEYS.has(e.key)) return;
      if (inCode(e)) this.#activateSoon();
      else void this.activate(firstUse(e));
    }, { capture: true });
    this.addEventListener('click', (e) => this.#onClick(e));
  }

  /** Load the interactive part (idempotent); `first` says whether the reader reached for the code or a program. */
  activate(first: 'editor' | 'run' = 'editor'): Promise<Session> {
    if (!this.#session) {
      const data = this.#data;
      const store = this.#store;
      const tabs = this.#tabs;
      if (!data || !store || !tabs) return Promise.reject(new Error('live-sandbox: no sandbox data'));
      // Monaco, the largest part, starts downloading now rather than after the session module.
      if (first === 'editor') preloadEditor().catch(() => undefined);
      this.#session = import('./sandbox-session.ts').then((m) => m.startSession(this, data, store, tabs, first));
    }
    return this.#session;
  }

  #soon = false;
  /**
   * Start the session once the reader's first keystroke in the plain layer has been painted (or
   * 150 ms after a click without typing): evaluating Monaco and xterm holds the main thread for a
   * while, and the first character must not wait behind it.
   */
  #activateSoon(): void {
    if (this.#session || this.#soon) return;
    this.#soon = true;
    const go = (): void => {
      clearTimeout(timer);
      this.removeEventListener('input', onInput, true);
      void this.activate('editor');
    };
    const onInput = (): void => void requestAnimationFrame(() => setTimeout(go));
    const timer = setTimeout(go, 150);
    this.addEventListener('input', onInput, { capture: true, once: true });
  }

  #onClick(event: MouseEvent): void {
    const target = (event.target as Element).closest<HTMLElement>('[data-action]');
    if (!target || !this.contains(target)) {
      // A click into a code panel opens the editor.
      if (inCode(event)) this.#activateSoon();
      return;
    }
    const action = target.dataset['action'] ?? '';
    if (action === 'reset') return this.#reset();
    if (action === 'undo') return this.#undoReset();
    if (action === 'focus') return this.#focus?.toggle();
    if (action === 'own-version') return leaveShared();
    if (action === 'share' && this.#data && this.#store) return void makeShareLink(this, this.#data, this.#store, this.#args);
    if (action === 'download' && this.#data && this.#store) return downloadZip(this, this.#data, this.#store, this.#args);
    if (action === 'stackblitz' && this.#data && this.#store) return openInStackBlitz(this, this.#data, this.#store, this.#args);
    void this.activate(firstUse(event)).then((s) => s.act(action, target));
  }

  #reset(): void {
    const snapshot = this.#store?.reset() ?? null;
    const args = this.#args?.reset() ?? null;
    if (!snapshot && !args) return;
    this.#undo = snapshot;
    this.#argsUndo = args;
    const note = this.querySelector('[data-note]');
    if (note) setBilingual(note, NOTES.resetDone);
    const undo = this.querySelector<HTMLElement>('[data-action="undo"]');
    if (undo) {
      undo.hidden = false;
      undo.focus();
    }
  }

  #undoReset(): void {
    if (this.#undo) this.#store?.undo(this.#undo);
    if (this.#argsUndo) this.#args?.undo(this.#argsUndo);
    this.#undo = null;
    this.#argsUndo = null;
    this.querySelector('[data-note]')?.replaceChildren();
    const undo = this.querySelector<HTMLElement>('[data-action="undo"]');
    if (undo) undo.hidden = true;
    this.querySelector<HTMLElement>('[data-action="reset"]')?.focus();
  }

  /** Reset can be used while a file or a program's arguments differ from the original. */
  #showResettable(): void {
    const reset = this.querySelector('[data-action="reset"]');
    if (!reset) return;
    reset.removeAttribute('disabled');
    const edited = (this.#store?.editedFiles().length ?? 0) + (this.#args?.editedPrograms().length ?? 0);
    reset.setAttribute('aria-disabled', String(edited === 0));
  }

  /** Mark a file's tab, enable Reset, and show the edited text where the highlighted original is. */
  #showEdited(file: string): void {
    const store = this.#store;
    if (!store) return;
    const edited = store.isEdited(file);
    this.#tabs?.markEdited(file, edited);
    this.#showResettable();
    const panel = this.querySelector<HTMLElement>(`.sb-panel[data-panel="${CSS.escape(file)}"]`);
    if (!panel) return;
    let plain = panel.querySelector<HTMLPreElement>('.sb-plain');
    if (edited) {
      plain ??= panel.appendChild(document.createElement('pre'));
      plain.className = 'sb-plain';
      plain.textContent = store.current(file);
    } else plain?.remove();
    // The plain editing layer (.sb-typing) stays as it is: the reader is typing there.
    for (const child of panel.children) if (child !== plain && !child.matches('.sb-typing') && !child.querySelector('.sb-typing')) (child as HTMLElement).hidden = edited;
  }
}

if (!customElements.get('live-sandbox')) customElements.define('live-sandbox', LiveSandbox);
