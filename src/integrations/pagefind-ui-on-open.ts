/**
 * Stand-in for `@pagefind/default-ui` as Starlight's search imports it. Starlight loads the Pagefind
 * UI (≈26 KB gzip) on the first idle moment of every page; a reading page should not pay for search
 * until the reader asks for it. This class keeps the options and builds the real UI the first time
 * the search dialog opens (click or Ctrl+K), or when the pointer reaches the search button.
 */
type Options = Record<string, unknown>;

export class PagefindUI {
  constructor(options: Options) {
    const dialog = document.querySelector<HTMLDialogElement>('site-search dialog');
    let started = false;
    const start = async (): Promise<void> => {
      if (started) return;
      started = true;
      const real = await import('@pagefind/default-ui');
      new real.PagefindUI(options);
      // Starlight focused the input before it existed: focus it now if the dialog is open.
      if (dialog?.open) document.querySelector<HTMLInputElement>('#starlight__search input')?.focus();
    };
    if (dialog) {
      new MutationObserver(() => { if (dialog.open) void start(); }).observe(dialog, { attributes: true, attributeFilter: ['open'] });
      if (dialog.open) void start();
    } else void start();
    document.querySelectorAll('site-search button[data-open-modal]').forEach((button) =>
      button.addEventListener('pointerenter', () => void start(), { once: true }));
  }
}
