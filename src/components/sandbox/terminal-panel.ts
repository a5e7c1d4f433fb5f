/**
 * A program's terminal (xterm with the fit addon), loaded with `import()` on the first interaction.
 * Uses xterm's default DOM renderer, so the text is in the DOM (tests and screen readers read it).
 * Its CSS is injected here rather than imported as a stylesheet, for the same reason as Monaco's.
 */
import { Terminal, type ITheme } from '@xterm/xterm';
import { FitAddon } from '@xterm/addon-fit';
import xtermCss from '@xterm/xterm/css/xterm.css?inline';
import type { TerminalSize } from '../../runtime/types.ts';
import type { ProgramTerminal } from './program-controller.ts';

export interface TerminalPanel extends ProgramTerminal {
  focus(): void;
  dispose(): void;
}

const DARK: ITheme = { background: '#1e1e1e', foreground: '#d4d4d4', cursor: '#d4d4d4', selectionBackground: '#264f78' };
const LIGHT: ITheme = { background: '#ffffff', foreground: '#1e1e1e', cursor: '#1e1e1e', selectionBackground: '#add6ff' };

let styled = false;

/**
 * Open a terminal in `container` (shown by this call). `labelId` names the element whose text labels
 * the terminal for screen readers (e.g. "服务端终端 / Server terminal").
 */
export function createTerminalPanel(container: HTMLElement, labelId: string): TerminalPanel {
  if (!styled) {
    styled = true;
    const style = document.createElement('style');
    style.dataset['xterm'] = '';
    style.textContent = xtermCss;
    document.head.append(style);
  }
  const html = document.documentElement;
  const theme = (): ITheme => (html.dataset['theme'] === 'light' ? LIGHT : DARK);
  const term = new Terminal({
    fontSize: 13,
    fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, "Noto Sans Mono CJK SC", monospace',
    cursorBlink: false,
    scrollback: 5000,
    theme: theme(),
  });
  // A test hook beside the DOM rows: the DOM renderer only holds the rows in view, while a reader can
  // scroll back through everything. Rows wrapped by the terminal width are joined back into one line.
  Object.defineProperty(container, 'terminalText', {
    configurable: true,
    value: (): string => {
      const buffer = term.buffer.active;
      const lines: string[] = [];
      for (let i = 0; i < buffer.length; i++) {
        const line = buffer.getLine(i);
        if (!line) continue;
        const text = line.translateToString(true);
        if (line.isWrapped && lines.length > 0) lines[lines.length - 1] += text;
        else lines.push(text);
      }
      return lines.join('\n').replace(/\n+$/, '');
    },
  });
  const fit = new FitAddon();
  term.loadAddon(fit);
  container.hidden = false;
  term.open(container);
  term.textarea?.setAttribute('aria-labelledby', labelId);
  container.setAttribute('role', 'group');
  container.setAttribute('aria-labelledby', labelId);

  // Fit to the panel now and whenever it changes size (window resize, wide ↔ narrow layout).
  let fitQueued = false;
  const refit = (): void => {
    if (fitQueued) return;
    fitQueued = true;
    requestAnimationFrame(() => {
      fitQueued = false;
      if (container.isConnected && container.clientWidth > 0) fit.fit();
    });
  };
  fit.fit();
  const resizeObserver = new ResizeObserver(refit);
  resizeObserver.observe(container);
  const themeObserver = new MutationObserver(() => (term.options.theme = theme()));
  themeObserver.observe(html, { attributes: true, attributeFilter: ['data-theme'] });

  return {
    write: (text, done) => term.write(text, done),
    onData(listener) {
      const d = term.onData(listener);
      return () => d.dispose();
    },
    onResize(listener) {
      const d = term.onResize(({ cols, rows }) => listener({ cols, rows }));
      return () => d.dispose();
    },
    size: (): TerminalSize => ({ cols: term.cols, rows: term.rows }),
    reset: () => term.reset(),
    focus: () => term.focus(),
    dispose() {
      resizeObserver.disconnect();
      themeObserver.disconnect();
      term.dispose();
    },
  };
}
