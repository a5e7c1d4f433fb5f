/**
 * `<live-exercise>`: the exercise block around a `<live-sandbox>`. Hints, progress (localStorage),
 * applying the reference solution through the sandbox's own edit store (so the editor, the edited
 * markers and Reset/Undo all follow), the diff, and Check (exercise-check.ts, loaded on first use).
 */
import type { EditStore } from '../sandbox/edit-store.ts';
import { setBilingual } from '../sandbox/messages.ts';
import type { Check } from '../../sandbox/exercise.ts';
import type { FileMap } from '../../runtime/types.ts';
import type { Program, RuntimeKind } from '../../sandbox/schema.ts';
import { diffLines } from '../../content/unified-diff.ts';
import { EX } from './exercise-messages.ts';
import { loadProgress, saveProgress, SOLVED_EVENT, type Progress } from './exercise-progress.ts';

/** What Exercise.astro ships in `script[data-exercise-data]`. */
export interface ExercisePageData {
  id: string;
  page: string;
  sandbox: string;
  runtimes: RuntimeKind[];
  checkPrograms: Program[];
  checks: Check[];
  hidden: FileMap;
  solution: FileMap;
}


function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

class LiveExercise extends HTMLElement {
  #data: ExercisePageData | null = null;
  #progress: Progress | null = null;
  #beforeSolution: Map<string, string> | null = null;
  #checking = false;

  connectedCallback(): void {
    if (this.#data) return;
    const json = this.querySelector('script[data-exercise-data]')?.textContent;
    if (!json) return;
    const data = JSON.parse(json) as ExercisePageData;
    this.#data = data;
    this.#progress = loadProgress(storage(), data.id, data.page);
    this.#showProgress();
    this.dataset['enhanced'] = '';
    this.addEventListener('click', (e) => {
      const button = (e.target as Element).closest<HTMLElement>('[data-action]');
      // The sandbox's own buttons (Run, Reset …) belong to it.
      if (!button || button.closest('live-sandbox')) return;
      void this.#act(button.dataset['action'] ?? '', button);
    });
  }

  /** The embedded sandbox element (its edit store is ready once live-sandbox.ts has run). */
  async #sandbox(): Promise<{ el: HTMLElement; store: EditStore } | null> {
    const el = this.querySelector<HTMLElement>('live-sandbox');
    if (!el) return null;
    await customElements.whenDefined('live-sandbox');
    const store = (el as HTMLElement & { editStore?: EditStore | null }).editStore;
    return store ? { el, store } : null;
  }

  #note(text: Parameters<typeof setBilingual>[1] | null): void {
    const note = this.querySelector('[data-exercise-note]');
    if (!note) return;
    if (text) setBilingual(note, text);
    else note.replaceChildren();
  }

  #showProgress(): void {
    const p = this.#progress;
    if (!p) return;
    this.toggleAttribute('data-solved', p.solved);
    const hints = [...this.querySelectorAll<HTMLElement>('[data-hint]')];
    hints.forEach((li, i) => { li.hidden = i >= p.hints; });
    const count = this.querySelector('[data-hint-count]');
    if (count) count.textContent = `${Math.min(p.hints, hints.length)}/${hints.length}`;
    const hintButton = this.querySelector<HTMLButtonElement>('[data-action="hint"]');
    if (hintButton) hintButton.setAttribute('aria-disabled', String(p.hints >= hints.length));
  }

  #save(change: Partial<Progress>): void {
    if (!this.#progress || !this.#data) return;
    this.#progress = { ...this.#progress, ...change };
    saveProgress(storage(), this.#data.id, this.#progress);
    this.#showProgress();
  }

  async #act(action: string, button: HTMLElement): Promise<void> {
    const data = this.#data;
    if (!data) return;
    if (action === 'hint') {
      const total = this.querySelectorAll('[data-hint]').length;
      if ((this.#progress?.hints ?? 0) < total) this.#save({ hints: (this.#progress?.hints ?? 0) + 1 });
      return;
    }
    const sb = await this.#sandbox();
    if (!sb) return this.#note(EX.noSandbox);
    if (action === 'solution') {
      this.#beforeSolution = new Map(Object.keys(data.solution).map((f) => [f, sb.store.current(f)]));
      // The store's undo() puts texts in place and tells the editor and the edited markers.
      sb.store.undo({ edits: new Map(Object.entries(data.solution)) });
      this.#toggleUndo(true);
      this.#note(EX.solutionApplied);
      if (!this.querySelector<HTMLElement>('[data-diff]')?.hidden) this.#renderDiff(sb.store);
    } else if (action === 'undo-solution') {
      if (this.#beforeSolution) sb.store.undo({ edits: this.#beforeSolution });
      this.#beforeSolution = null;
      this.#toggleUndo(false);
      this.#note(EX.solutionUndone);
    } else if (action === 'diff') {
      const panel = this.querySelector<HTMLElement>('[data-diff]');
      if (!panel) return;
      panel.hidden = !panel.hidden;
      button.setAttribute('aria-expanded', String(!panel.hidden));
      setBilingual(button, panel.hidden ? EX.diff : EX.hideDiff);
      if (!panel.hidden) this.#renderDiff(sb.store);
    } else if (action === 'check') {
      if (this.#checking) return;
      this.#checking = true;
      try {
        const { runExerciseCheck } = await import('./exercise-check.ts');
        const passed = await runExerciseCheck(this, data, sb.el, sb.store);
        if (passed && !this.#progress?.solved) {
          this.#save({ solved: true });
          document.dispatchEvent(new CustomEvent(SOLVED_EVENT, { detail: { id: data.id, page: data.page } }));
        }
      } finally {
        this.#checking = false;
      }
    }
  }

  #toggleUndo(show: boolean): void {
    const undo = this.querySelector<HTMLElement>('[data-action="undo-solution"]');
    if (undo) undo.hidden = !show;
  }

  #renderDiff(store: EditStore): void {
    const panel = this.querySelector<HTMLElement>('[data-diff]');
    const data = this.#data;
    if (!panel || !data) return;
    const legend = document.createElement('p');
    const blocks: HTMLElement[] = [legend];
    let differs = false;
    for (const [file, text] of Object.entries(data.solution)) {
      const lines = diffLines(store.current(file), text);
      if (lines.every((l) => l.op === ' ')) continue;
      differs = true;
      const title = document.createElement('p');
      title.className = 'ex-diff-file';
      title.textContent = file;
      const pre = document.createElement('pre');
      pre.dataset['diffFile'] = file;
      for (const l of lines) {
        const span = pre.appendChild(document.createElement('span'));
        span.dataset['op'] = l.op === '+' ? 'add' : l.op === '-' ? 'del' : 'same';
        span.textContent = `${l.op} ${l.text}\n`;
      }
      blocks.push(title, pre);
    }
    setBilingual(legend, differs ? EX.diffLegend : EX.sameAsSolution);
    panel.replaceChildren(...blocks);
  }
}

if (!customElements.get('live-exercise')) customElements.define('live-exercise', LiveExercise);
