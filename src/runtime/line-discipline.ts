/**
 * Line handling between a terminal (xterm's `onData`) and a program's stdin, shared by both
 * runtimes so an interactive program behaves the same on each: the page keeps the line being typed,
 * echoes it when the runtime does not, and sends it only on Enter — like a terminal in "cooked" mode.
 *
 * Keys: printable text is added to the line; Backspace removes the last character (a whole grapheme,
 * so `你` or `é` goes in one press); Enter sends the line plus `\n` (never `\r\n`: WebContainer's tty
 * would turn the `\r` into a second newline); Ctrl-C interrupts; Ctrl-D on an empty line ends input
 * (on a non-empty line it sends what was typed, without a newline, as a terminal does). Escape
 * sequences (arrow keys, function keys) are ignored: there is no cursor movement within the line.
 */

export interface LineDisciplineOptions {
  /** Whether the page must echo typed text (true when the runtime's stdin is a pipe). */
  echo: boolean;
  /** Write to the terminal (echo and erase sequences). */
  write(text: string): void;
  /** Send text to the program's stdin. */
  send(text: string): void;
  /** Ctrl-C: interrupt the program (SIGINT). */
  interrupt(): void;
  /** Ctrl-D on an empty line: close the program's stdin. */
  endInput(): void;
}

export interface LineDiscipline {
  /** Feed raw terminal input: one key, several keys, or a pasted / IME-composed string. */
  handle(data: string): void;
  /** Forget the pending line and reopen input (call before each new run). */
  reset(): void;
}

const ENTER = '\r';
const BACKSPACE = '\x7f';
const CTRL_H = '\b';
const CTRL_C = '\x03';
const CTRL_D = '\x04';
const ESC = '\x1b';

/**
 * Columns a grapheme occupies in the terminal: 2 for East Asian wide and fullwidth characters and
 * emoji, 0 for a lone combining mark, otherwise 1. Enough for erasing what was echoed.
 */
export function graphemeWidth(grapheme: string): number {
  const cp = grapheme.codePointAt(0) ?? 0;
  if (cp >= 0x300 && cp <= 0x36f) return 0;
  const wide =
    (cp >= 0x1100 && cp <= 0x115f) ||
    (cp >= 0x2e80 && cp <= 0xa4cf && cp !== 0x303f) ||
    (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6) ||
    (cp >= 0x1f300 && cp <= 0x1f64f) ||
    (cp >= 0x1f900 && cp <= 0x1f9ff) ||
    (cp >= 0x20000 && cp <= 0x3fffd);
  return wide ? 2 : 1;
}

/** Split text into user-perceived characters (falls back to code points without Intl.Segmenter). */
function graphemes(text: string): string[] {
  if (typeof Intl !== 'undefined' && 'Segmenter' in Intl) {
    return Array.from(new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text), (s) => s.segment);
  }
  return Array.from(text);
}

/** Length of the escape sequence starting at `data[i]` (which is ESC): CSI, SS3 or a lone ESC. */
function escapeLength(data: string, i: number): number {
  const next = data[i + 1];
  if (next === 'O') return Math.min(3, data.length - i);
  if (next !== '[') return next === undefined ? 1 : 2;
  let j = i + 2;
  // CSI parameters and intermediates, then one final byte in @..~
  while (j < data.length && !/[@-~]/.test(data[j] ?? '')) j++;
  return Math.min(j + 1, data.length) - i;
}

/**
 * Create the line handling for one terminal. The caller wires `handle` to xterm's `onData` and the
 * callbacks to the running process.
 * @example
 * const lines = createLineDiscipline({ echo: runtime.localEcho, write: (t) => term.write(t),
 *   send: (t) => writer.write(t), interrupt: () => proc.kill('SIGINT'), endInput: () => writer.close() });
 * term.onData((data) => lines.handle(data));
 */
export function createLineDiscipline(opts: LineDisciplineOptions): LineDiscipline {
  let line: string[] = [];
  let closed = false;
  // A pasted "\r\n" is one Enter; remember a trailing "\r" across calls to skip the "\n".
  let afterCR = false;

  const echo = (text: string): void => {
    if (opts.echo && text !== '') opts.write(text);
  };

  const enter = (): void => {
    echo('\r\n');
    opts.send(line.join('') + '\n');
    line = [];
  };

  const handleText = (text: string): void => {
    // Printable text: keep only characters a line can hold (drop other C0 controls and DEL).
    const kept = text.replace(/[\x00-\x08\x0a-\x1f\x7f]/g, '');
    if (kept === '') return;
    line.push(...graphemes(kept));
    echo(kept);
  };

  const handle = (data: string): void => {
    let i = 0;
    let text = '';
    const flush = (): void => {
      if (text !== '') handleText(text);
      text = '';
    };
    while (i < data.length) {
      const ch = data[i] ?? '';
      const wasCR = afterCR;
      afterCR = false;
      if (ch === CTRL_C) {
        flush();
        echo('^C\r\n');
        line = [];
        opts.interrupt();
      } else if (closed) {
        // stdin is closed: only Ctrl-C still means something.
      } else if (ch === ENTER || ch === '\n') {
        flush();
        if (!(ch === '\n' && wasCR)) enter();
        afterCR = ch === ENTER;
      } else if (ch === BACKSPACE || ch === CTRL_H) {
        flush();
        const last = line.pop();
        if (last !== undefined) {
          const w = graphemeWidth(last);
          echo('\b'.repeat(w) + ' '.repeat(w) + '\b'.repeat(w));
        }
      } else if (ch === CTRL_D) {
        flush();
        if (line.length === 0) {
          closed = true;
          opts.endInput();
        } else {
          opts.send(line.join(''));
          line = [];
        }
      } else if (ch === ESC) {
        flush();
        i += escapeLength(data, i);
        continue;
      } else {
        text += ch;
      }
      i++;
    }
    flush();
  };

  return {
    handle,
    reset() {
      line = [];
      closed = false;
      afterCR = false;
    },
  };
}
