/**
 * Collects a program's output and hands it to the terminal at most once per animation frame,
 * with a per-frame cap, so that a program printing in a tight loop cannot freeze the page:
 * each frame writes a bounded amount, the rest waits, and when more piles up than a reader
 * could ever scroll through, the oldest part is dropped with a visible notice.
 *
 * Pure: the frame scheduler is injected (`requestAnimationFrame` in the page, a manual queue in tests).
 */

export interface OutputBatcherOptions {
  /** Write text to the terminal; call `done` once it is processed (backpressure: no new frame before). */
  write(text: string, done: () => void): void;
  /** Run `callback` at the next frame. */
  schedule(callback: () => void): void;
  /** Most characters written per frame. @default 16384 */
  maxPerFrame?: number;
  /** Most characters held back; beyond it the oldest are dropped. @default 1000000 */
  maxBacklog?: number;
  /** The line shown where `count` characters were dropped. */
  droppedNotice?: (count: number) => string;
}

export interface OutputBatcher {
  /** Queue program output. */
  push(text: string): void;
  /** Forget everything not yet written (a new run starts with a clean slate). */
  clear(): void;
  /** Characters waiting to be written. */
  readonly pending: number;
}

const defaultNotice = (count: number): string => `\r\n[… ${count} characters skipped …]\r\n`;

/** Cut position ≤ `at` that does not split a UTF-16 surrogate pair. */
function safeCut(text: string, at: number): number {
  if (at <= 0 || at >= text.length) return Math.max(0, Math.min(at, text.length));
  const code = text.charCodeAt(at - 1);
  return code >= 0xd800 && code <= 0xdbff ? at - 1 : at;
}

/** Create a batcher; see {@link OutputBatcherOptions}. */
export function createOutputBatcher(options: OutputBatcherOptions): OutputBatcher {
  const { write, schedule, maxPerFrame = 16_384, maxBacklog = 1_000_000, droppedNotice = defaultNotice } = options;
  let chunks: string[] = [];
  let size = 0;
  let dropped = 0;
  let scheduled = false;
  let writing = false;
  let generation = 0;

  const take = (limit: number): string => {
    let out = '';
    while (chunks.length > 0 && out.length < limit) {
      const head = chunks[0] ?? '';
      const room = limit - out.length;
      if (head.length <= room) {
        out += head;
        chunks.shift();
      } else {
        const cut = safeCut(head, room);
        if (cut === 0 && out.length > 0) break;
        // A lone surrogate pair wider than the cap still has to go out whole.
        const end = cut === 0 ? Math.min(2, head.length) : cut;
        out += head.slice(0, end);
        chunks[0] = head.slice(end);
      }
    }
    size -= out.length;
    return out;
  };

  const frame = (): void => {
    scheduled = false;
    if (size === 0 && dropped === 0) return;
    let text = '';
    if (dropped > 0) {
      text = droppedNotice(dropped);
      dropped = 0;
    }
    text += take(maxPerFrame);
    writing = true;
    const mine = generation;
    write(text, () => {
      if (mine !== generation) return;
      writing = false;
      plan();
    });
  };

  const plan = (): void => {
    if (scheduled || writing || (size === 0 && dropped === 0)) return;
    scheduled = true;
    schedule(frame);
  };

  const trim = (): void => {
    // Keep the newest half of the allowance so a reader sees the latest output, not the first megabyte.
    const keep = Math.floor(maxBacklog / 2);
    const all = chunks.join('');
    let cut = all.length - keep;
    const newline = all.indexOf('\n', cut);
    if (newline !== -1 && newline - cut < 200) cut = newline + 1;
    cut = safeCut(all, cut);
    dropped += cut;
    chunks = [all.slice(cut)];
    size = all.length - cut;
  };

  return {
    push(text) {
      if (text.length === 0) return;
      chunks.push(text);
      size += text.length;
      if (size > maxBacklog) trim();
      plan();
    },
    clear() {
      chunks = [];
      size = 0;
      dropped = 0;
      generation++;
      writing = false;
    },
    get pending() {
      return size;
    },
  };
}
