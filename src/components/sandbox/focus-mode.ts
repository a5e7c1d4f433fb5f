/**
 * Focus mode of a sandbox: `[data-action="focus"]` widens it to the whole window, code and
 * terminals side by side with a draggable split (split-drag.ts); Esc or the button returns it to
 * the page where it was. While on, the sandbox has `[data-focus]`, the rest of the page is inert
 * and does not scroll; the sandbox is shown in the top layer (a manual popover) where supported. On a narrow screen it shows one pane at a time, chosen by two tabs.
 * Terminals re-fit by themselves (terminal-panel.ts observes their size).
 */
import { FOCUS_LABELS } from './editor-messages.ts';
import { setBilingual } from './messages.ts';
import { setupSplit } from './split-drag.ts';

export interface FocusMode {
  readonly on: boolean;
  toggle(): void;
  exit(): void;
}

/** Wire focus mode for `root`; `onEnter` runs each time it opens (e.g. to start the session). */
export function setupFocusMode(root: HTMLElement, onEnter: () => void): FocusMode {
  const button = root.querySelector<HTMLElement>('[data-action="focus"]');
  let saved: { x: number; y: number; inert: HTMLElement[] } | null = null;
  let split: HTMLElement | null = null;
  let panes: HTMLElement | null = null;

  const build = (): void => {
    if (split) return;
    split = document.createElement('div');
    split.className = 'sb-split';
    split.setAttribute('aria-label', `${FOCUS_LABELS.split.zh} / ${FOCUS_LABELS.split.en}`);
    root.querySelector('.sb-files')?.after(split);
    setupSplit(root, split);
    panes = document.createElement('div');
    panes.className = 'sb-focus-panes';
    panes.setAttribute('role', 'tablist');
    panes.setAttribute('aria-label', `${FOCUS_LABELS.panes.zh} / ${FOCUS_LABELS.panes.en}`);
    for (const [pane, label] of [['code', FOCUS_LABELS.code], ['programs', FOCUS_LABELS.terminals]] as const) {
      const tab = document.createElement('button');
      tab.type = 'button';
      tab.className = 'sb-button';
      tab.setAttribute('role', 'tab');
      tab.dataset['pane'] = pane;
      setBilingual(tab, label);
      tab.addEventListener('click', () => showPane(pane));
      panes.append(tab);
    }
    root.querySelector('.sb-head')?.after(panes);
  };
  const showPane = (pane: 'code' | 'programs'): void => {
    root.dataset['focusPane'] = pane;
    for (const tab of panes?.querySelectorAll<HTMLElement>('[role="tab"]') ?? []) tab.setAttribute('aria-selected', String(tab.dataset['pane'] === pane));
  };

  /** Everything outside the sandbox becomes inert: siblings of each of its ancestors. */
  const inertOutside = (): HTMLElement[] => {
    const made: HTMLElement[] = [];
    for (let el: HTMLElement | null = root; el && el !== document.body; el = el.parentElement) {
      for (const sibling of el.parentElement?.children ?? []) {
        if (sibling !== el && sibling instanceof HTMLElement && !sibling.inert && sibling.tagName !== 'SCRIPT') {
          sibling.inert = true;
          made.push(sibling);
        }
      }
    }
    return made;
  };

  const onKey = (e: KeyboardEvent): void => {
    // Esc that Monaco used (closing suggestions, the find widget) is not for us.
    if (e.key === 'Escape' && !e.defaultPrevented) api.exit();
  };

  const api: FocusMode = {
    get on() {
      return saved !== null;
    },
    toggle() {
      if (saved) return api.exit();
      build();
      saved = { x: scrollX, y: scrollY, inert: inertOutside() };
      root.dataset['focus'] = '';
      // The top layer: above Starlight's header and sidebar whatever stacking contexts enclose the sandbox.
      if (typeof root.showPopover === 'function') {
        root.popover = 'manual';
        root.showPopover();
      }
      document.documentElement.dataset['sbFocus'] = '';
      button?.setAttribute('aria-pressed', 'true');
      showPane('code');
      document.addEventListener('keydown', onKey);
      onEnter();
    },
    exit() {
      if (!saved) return;
      const { x, y, inert } = saved;
      saved = null;
      for (const el of inert) el.inert = false;
      if (root.popover) {
        root.hidePopover();
        root.removeAttribute('popover');
      }
      delete root.dataset['focus'];
      delete root.dataset['focusPane'];
      delete document.documentElement.dataset['sbFocus'];
      button?.setAttribute('aria-pressed', 'false');
      document.removeEventListener('keydown', onKey);
      scrollTo(x, y);
      button?.focus({ preventScroll: true });
    },
  };
  return api;
}
