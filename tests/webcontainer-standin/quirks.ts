/**
 * The WebContainer quirks the stand-in and the unit fake impose (issue 12's table), in one place so
 * that neither is kinder than the other:
 * - stdin goes through a tty: `\r` becomes `\n` (so `\r\n` arrives as `\n\n`, webcontainer-core#1341),
 *   lines are edited (Backspace) and handed on at `\n`, Ctrl-D on an empty line is end-of-file,
 *   Ctrl-C is passed to `onInterrupt` (which may ignore it: a busy loop does, #1004);
 * - the tty echoes what is typed, or not (`echo`), with bare `\n` line ends;
 * - output is delivered `lateMs` after the program printed it, while `exit` resolves at once, so the
 *   last lines arrive after `exit` (and the output stream itself never closes);
 * - program output keeps bare `\n` line ends (`toBareNewlines` undoes the local runtime's `\r\n`).
 */

/** The quirks, all configurable. */
export interface Quirks {
  /** Whether the tty echoes typed text. */
  echo: boolean;
  /** Delay of every output chunk, in ms, while `exit` resolves at once. */
  lateMs: number;
}

export interface TtyHooks {
  echo: boolean;
  /** Text the tty echoes back (to the output). */
  writeEcho(text: string): void;
  /** A completed line (with its `\n`) or, on Ctrl-D after text, the text so far. */
  deliver(text: string): void;
  /** Ctrl-D on an empty line. */
  endOfFile(): void;
  /** Ctrl-C typed. */
  interrupt(): void;
}

/** A canonical-mode tty line editor: feed it what the page writes to the process's input. */
export function createTty(hooks: TtyHooks): { write(data: string): void } {
  let line = '';
  const echo = (t: string): void => {
    if (hooks.echo && t) hooks.writeEcho(t);
  };
  return {
    write(data) {
      for (const raw of data) {
        const ch = raw === '\r' ? '\n' : raw;
        if (ch === '\n') {
          echo('\n');
          hooks.deliver(`${line}\n`);
          line = '';
        } else if (ch === '\x7f' || ch === '\b') {
          if (line.length > 0) {
            line = Array.from(line).slice(0, -1).join('');
            echo('\b \b');
          }
        } else if (ch === '\x04') {
          if (line === '') hooks.endOfFile();
          else {
            hooks.deliver(line);
            line = '';
          }
        } else if (ch === '\x03') {
          echo('^C\n');
          line = '';
          hooks.interrupt();
        } else if (ch >= ' ' || ch === '\t') {
          line += ch;
          echo(ch);
        }
      }
    },
  };
}

/** Undo `\r\n` line ends: the WebContainer's output has bare `\n`. */
export function toBareNewlines(text: string): string {
  return text.replace(/\r\n/g, '\n');
}

/** A marker that is in the stand-in's bundle and nowhere else (the published-build check looks for it). */
export const STANDIN_MARKER = 'live-sockets webcontainer stand-in (test build only)';
