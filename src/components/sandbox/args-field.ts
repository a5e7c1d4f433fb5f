/**
 * DOM wiring of the arguments fields (`[data-program] [data-args]`) and their suggestion chips
 * (`[data-flag]`): the field shows the stored arguments, typing saves them, a chip toggles its flag.
 * Runs with the cheap part of `<live-sandbox>` (no runtime needed), so arguments are there at once.
 */
import { createArgsStore, hasFlag, parseArgs, toggleFlag, type ArgsStore } from './program-args.ts';
import type { EditStorage } from './edit-store.ts';
import type { SandboxPageData } from './page-data.ts';

/** The arguments a run of the program in `section` passes: what its field says now (else `fallback`). */
export function argsOf(section: Element, fallback: readonly string[]): string[] {
  const field = section.querySelector<HTMLInputElement>('input[data-args]');
  return field ? parseArgs(field.value) : [...fallback];
}

/** Wire every program's field of `root`; `onChange` runs when any program's arguments change; `initial` overrides the stored texts. */
export function wireArgsFields(root: HTMLElement, data: SandboxPageData, storage: EditStorage | null, onChange: () => void, initial: Record<string, string> = {}): ArgsStore {
  const store = createArgsStore(data.id, Object.fromEntries(data.programs.map((p) => [p.name, p.args])), storage);
  // A share link's arguments (not saved: `storage` is null then).
  for (const [program, text] of Object.entries(initial)) store.set(program, text);
  const fields = new Map<string, HTMLInputElement>();
  const showChips = (name: string): void => {
    const section = fields.get(name)?.closest('[data-program]');
    for (const chip of section?.querySelectorAll<HTMLElement>('[data-flag]') ?? []) {
      chip.setAttribute('aria-pressed', String(hasFlag(store.text(name), chip.dataset['flag'] ?? '')));
    }
    section?.toggleAttribute('data-args-edited', store.isEdited(name));
  };
  for (const program of data.programs) {
    const section = root.querySelector<HTMLElement>(`[data-program="${CSS.escape(program.name)}"]`);
    const field = section?.querySelector<HTMLInputElement>('input[data-args]');
    if (!section || !field) continue;
    fields.set(program.name, field);
    field.value = store.text(program.name);
    showChips(program.name);
    field.addEventListener('input', () => {
      store.set(program.name, field.value);
      showChips(program.name);
      onChange();
    });
    for (const chip of section.querySelectorAll<HTMLElement>('[data-flag]')) {
      chip.addEventListener('click', () => {
        field.value = toggleFlag(field.value, chip.dataset['flag'] ?? '');
        field.dispatchEvent(new Event('input'));
      });
    }
  }
  /** Fields follow the store after Reset / Undo. */
  const refresh = (): void => {
    for (const [name, field] of fields) {
      field.value = store.text(name);
      showChips(name);
    }
    onChange();
  };
  return {
    ...store,
    reset: () => {
      const snapshot = store.reset();
      refresh();
      return snapshot;
    },
    undo: (snapshot) => {
      store.undo(snapshot);
      refresh();
    },
  };
}
