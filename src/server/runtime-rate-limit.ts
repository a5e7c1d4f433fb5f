/**
 * The output budget of one connection: a fixed window that lets `charsPerWindow` characters through
 * per `windowMs`. Pure (the clock is injected), so the numbers are unit-tested.
 */
export interface OutputBudget {
  /** Spend up to `chars`; returns how many may be forwarded now (0 … chars). */
  take(chars: number): number;
  /** Start time of the current window: a program shows one truncation marker per window. */
  windowStart(): number;
  /** Milliseconds until the budget refills. */
  msUntilRefill(): number;
}

/**
 * @example createOutputBudget({ charsPerWindow: 65536, windowMs: 250 }) // ≈ 256 Ki characters per second
 */
export function createOutputBudget(opts: { charsPerWindow: number; windowMs: number; now?: () => number }): OutputBudget {
  const now = opts.now ?? Date.now;
  let start = now();
  let used = 0;
  const roll = (): void => {
    const t = now();
    if (t - start >= opts.windowMs) {
      start = t;
      used = 0;
    }
  };
  return {
    take(chars) {
      roll();
      const granted = Math.max(0, Math.min(chars, opts.charsPerWindow - used));
      used += granted;
      return granted;
    },
    windowStart() {
      roll();
      return start;
    },
    msUntilRefill() {
      roll();
      return Math.max(0, start + opts.windowMs - now());
    },
  };
}

/** Cut `text` to at most `length` UTF-16 units without splitting a surrogate pair. */
export function truncateText(text: string, length: number): string {
  if (length >= text.length) return text;
  const code = text.charCodeAt(length - 1);
  const end = code >= 0xd800 && code <= 0xdbff ? length - 1 : length;
  return text.slice(0, Math.max(0, end));
}
