/**
 * Start loading the editor before it is needed: its JS chunk (import()) and its stylesheet (fetch,
 * in parallel, injected as <style data-monaco> once). Called on intent — the pointer entering a
 * sandbox, focus moving into it — and on the first interaction; idempotent. See load-intent.ts for
 * when, and bench/README.md for why this keeps "nothing heavy before interaction" meaningful.
 */
import cssUrl from 'virtual:live-sockets/monaco-css-url';
import { absoluteUrls } from './css-urls.ts';

type EditorModule = typeof import('./editor-loader.ts');

let loading: Promise<EditorModule> | null = null;

async function loadCss(): Promise<string> {
  // astro dev has no bundle to take the stylesheet from (dead code in a build).
  if (import.meta.env.DEV) return (await import('./monaco-css.ts')).default;
  if (cssUrl === null) throw new Error('monaco-css-url: no stylesheet in this build');
  // One retry: a stylesheet that failed once (a flaky connection) should not leave the editor unstyled.
  for (let attempt = 0; ; attempt++) {
    try {
      const res = await fetch(cssUrl);
      if (res.ok) return absoluteUrls(await res.text(), res.url || cssUrl);
      throw new Error(`HTTP ${res.status}`);
    } catch (err) {
      if (attempt > 0) throw err;
    }
  }
}

/** The editor module, with Monaco's stylesheet already in the document. */
export function preloadEditor(): Promise<EditorModule> {
  loading ??= (() => {
    const css = loadCss().then((text) => {
      if (document.head.querySelector('style[data-monaco]')) return;
      const style = document.createElement('style');
      style.dataset['monaco'] = '';
      style.textContent = text;
      document.head.append(style);
    });
    const module = import('./editor-loader.ts');
    return Promise.all([module, css]).then(([m]) => m);
  })();
  // A failed load may be retried by the next interaction.
  loading.catch(() => { loading = null; });
  return loading;
}
