/**
 * The file tab row of a sandbox (WAI-ARIA tabs: arrow keys move, roving tabindex). The tabs are
 * links to their panels, so without JavaScript they still switch files (CSS :target).
 */

export interface FileTabs {
  /** The file of the selected tab (`original.py` for the Python tab). */
  readonly selected: string;
  select(file: string, options?: { focus?: boolean }): void;
  /** Show or hide the "edited" marker of a file's tab (`[data-edited]` + a labelled text). */
  markEdited(file: string, edited: boolean): void;
}

/** Wire the tabs inside `root`; `onSelect` runs after each change of tab. */
export function setupFileTabs(root: HTMLElement, onSelect: (file: string) => void): FileTabs {
  const list = root.querySelector<HTMLElement>('[role="tablist"]');
  const tabs = [...root.querySelectorAll<HTMLElement>('[role="tab"][data-file]')];
  const panelOf = (tab: HTMLElement): HTMLElement | null => root.querySelector(`#${CSS.escape(tab.getAttribute('aria-controls') ?? '')}`);
  let selected = tabs[0]?.dataset['file'] ?? '';

  const apply = (file: string): void => {
    for (const tab of tabs) {
      const on = tab.dataset['file'] === file;
      tab.setAttribute('aria-selected', String(on));
      tab.tabIndex = on ? 0 : -1;
      panelOf(tab)?.toggleAttribute('data-active', on);
    }
  };

  const api: FileTabs = {
    get selected() {
      return selected;
    },
    select(file, options = {}) {
      const tab = tabs.find((t) => t.dataset['file'] === file);
      if (!tab) return;
      selected = file;
      apply(file);
      if (options.focus) tab.focus();
      onSelect(file);
    },
    markEdited(file, edited) {
      const tab = tabs.find((t) => t.dataset['file'] === file);
      if (!tab) return;
      tab.toggleAttribute('data-edited', edited);
      const label = tab.querySelector<HTMLElement>('.sb-edited-label');
      if (label) label.hidden = !edited;
    },
  };

  list?.addEventListener('click', (event) => {
    const tab = (event.target as Element).closest<HTMLElement>('[role="tab"]');
    if (!tab?.dataset['file']) return;
    // The tabs are links (for pages without JavaScript); here they switch without touching the URL.
    event.preventDefault();
    api.select(tab.dataset['file']);
  });
  list?.addEventListener('keydown', (event) => {
    const index = tabs.findIndex((t) => t.dataset['file'] === selected);
    const moves: Record<string, number> = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: tabs.length - 1 };
    const target = moves[event.key];
    if (target === undefined || tabs.length === 0) return;
    event.preventDefault();
    const next = tabs[(target + tabs.length) % tabs.length];
    if (next?.dataset['file']) api.select(next.dataset['file'], { focus: true });
  });

  apply(selected);
  return api;
}
