/**
 * The draggable split between the code and the terminals in focus mode: a WAI-ARIA window
 * splitter (role="separator", arrow keys move it, Home/End go to the limits). The fraction is
 * kept in the CSS variable `--sb-split` on the sandbox; the pure arithmetic is unit-tested.
 */

export const SPLIT_MIN = 0.2;
export const SPLIT_MAX = 0.8;
export const SPLIT_STEP = 0.05;

const clamp = (f: number): number => Math.min(SPLIT_MAX, Math.max(SPLIT_MIN, f));

/** The code pane's fraction for a pointer at `x` over a box starting at `left`, `width` wide. */
export function fractionAt(x: number, left: number, width: number): number {
  return width > 0 ? clamp((x - left) / width) : 0.5;
}

/** The fraction after a key press on the separator (null: not a key it handles). */
export function fractionAfterKey(current: number, key: string): number | null {
  const moves: Record<string, number> = {
    ArrowLeft: current - SPLIT_STEP,
    ArrowRight: current + SPLIT_STEP,
    Home: SPLIT_MIN,
    End: SPLIT_MAX,
  };
  const next = moves[key];
  return next === undefined ? null : clamp(Math.round(next * 100) / 100);
}

/** Wire `separator` to move the split of `root` (whose content box the fraction is of). */
export function setupSplit(root: HTMLElement, separator: HTMLElement): void {
  let fraction = 0.5;
  const apply = (f: number): void => {
    fraction = f;
    root.style.setProperty('--sb-split', `${(f * 100).toFixed(1)}%`);
    separator.setAttribute('aria-valuenow', String(Math.round(f * 100)));
  };
  separator.setAttribute('role', 'separator');
  separator.setAttribute('aria-orientation', 'vertical');
  separator.setAttribute('aria-valuemin', String(SPLIT_MIN * 100));
  separator.setAttribute('aria-valuemax', String(SPLIT_MAX * 100));
  separator.tabIndex = 0;
  apply(fraction);

  separator.addEventListener('pointerdown', (e) => {
    if (e.button !== 0) return;
    e.preventDefault();
    separator.setPointerCapture(e.pointerId);
    const box = root.getBoundingClientRect();
    const move = (ev: PointerEvent): void => apply(fractionAt(ev.clientX, box.left, box.width));
    const up = (): void => {
      separator.removeEventListener('pointermove', move);
      separator.removeEventListener('pointerup', up);
      separator.removeEventListener('pointercancel', up);
    };
    separator.addEventListener('pointermove', move);
    separator.addEventListener('pointerup', up);
    separator.addEventListener('pointercancel', up);
  });
  separator.addEventListener('keydown', (e) => {
    const next = fractionAfterKey(fraction, e.key);
    if (next === null) return;
    e.preventDefault();
    apply(next);
  });
}
