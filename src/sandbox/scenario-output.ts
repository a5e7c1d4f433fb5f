/**
 * Turning a runtime's output into the text the scenario matchers read, the same on every runtime.
 * Pure (no Node, no DOM): used by scenario-core.ts in Node tests and in the browser's self-test.
 *
 * Why: the local runtime gives output `\r\n` line ends (terminal style), a WebContainer's tty may add
 * colour codes and echo typed lines, real Node pipes give bare `\n`. The matchers and recordings
 * were written against pipes, so everything is brought back to what a pipe shows.
 */

/** ANSI control sequences a tty may add: CSI (`ESC [ … final`), OSC (`ESC ] … BEL|ESC \`), two-byte ESC x. */
const ANSI = /\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)|\x1b[@-Z\\-_]/g;
/** Other control characters a terminal would not show (a tty may echo Ctrl-D as `\x04`); tab, LF, CR kept. */
const INVISIBLE = /[\x00-\x08\x0b\x0c\x0e-\x1a\x1c-\x1f\x7f]/g;
/** An escape sequence cut off at the end of a chunk (completed by the next chunk). */
const PARTIAL_ANSI = /\x1b(?:\[[0-?]*[ -/]*|\][^\x07\x1b]*)?$/;

/**
 * A stateful converter for one output stream: `\r\n` → `\n`, ANSI sequences and invisible control
 * characters removed, also when
 * a chunk boundary falls inside them. Call with `flush = true` at the end to get what was held back.
 * @example const n = createOutputNormaliser(); n('a\r') + n('\nb') + n('', true) // 'a\nb'
 */
export function createOutputNormaliser(): (chunk: string, flush?: boolean) => string {
  let held = '';
  return (chunk, flush = false) => {
    let text = held + chunk;
    held = '';
    if (!flush) {
      const partial = PARTIAL_ANSI.exec(text);
      const cut = partial ? partial.index : text.endsWith('\r') ? text.length - 1 : text.length;
      held = text.slice(cut);
      text = text.slice(0, cut);
    }
    return text.replace(ANSI, '').replace(INVISIBLE, '').replace(/\r\n/g, '\n');
  };
}

/**
 * Removes a tty's echo of typed lines from output, for runtimes that echo (`Runtime.localEcho`
 * false): after a line is typed, the output that comes next is compared with it character by
 * character; the matching part is dropped. On the first character that differs the echo is taken
 * to be absent (a runtime that does not echo after all), and the output is kept as it is.
 */
export interface EchoFilter {
  /** A line was typed (text as written to stdin, newline included). */
  typed(text: string): void;
  /** Normalised output in, output without the echo out. */
  filter(text: string): string;
}

/** Create an {@link EchoFilter}; `enabled` false gives one that keeps everything. */
export function createEchoFilter(enabled: boolean): EchoFilter {
  let pending = '';
  return {
    typed(text) {
      if (enabled) pending += text;
    },
    filter(text) {
      let i = 0;
      while (pending !== '' && i < text.length && text[i] === pending[0]) {
        pending = pending.slice(1);
        i++;
      }
      if (pending !== '' && i < text.length) pending = ''; // something else came first: no echo
      return text.slice(i);
    },
  };
}
