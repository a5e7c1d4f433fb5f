/**
 * Wiring for the reading-mode switch: clicking a mode sets <html data-lang>, remembers it and
 * updates aria-pressed. Other widgets listen for the `live-sockets:lang` event.
 */
import { READING_MODE_KEY, type ReadingMode } from '../../content/reading-mode.ts';

function sync(doc: Document): void {
  const current = doc.documentElement.dataset['lang'];
  doc.querySelectorAll<HTMLElement>('.mode-btn').forEach((b) => b.setAttribute('aria-pressed', String(b.dataset['mode'] === current)));
}

export function bindModeSwitch(doc: Document): void {
  sync(doc);
  doc.querySelectorAll<HTMLAnchorElement>('.mode-btn').forEach((btn) => {
    btn.addEventListener('click', (event) => {
      event.preventDefault();
      const mode = btn.dataset['mode'] as ReadingMode;
      doc.documentElement.dataset['lang'] = mode;
      try {
        localStorage.setItem(READING_MODE_KEY, mode);
      } catch {
        // Storage blocked (private mode): the switch still works for this page.
      }
      // Drop a ?lang= from the address so a reload keeps the stored choice rather than the old query.
      const url = new URL(location.href);
      if (url.searchParams.has('lang')) {
        url.searchParams.delete('lang');
        history.replaceState(history.state, '', url);
      }
      sync(doc);
      doc.dispatchEvent(new CustomEvent('live-sockets:lang', { detail: mode }));
    });
  });
}
