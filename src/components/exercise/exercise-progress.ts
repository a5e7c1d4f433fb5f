/**
 * Per-exercise progress kept in localStorage (survives reloads): solved or not, how many hints
 * are shown, and the page, so the sidebar can mark pages with a solved exercise without a map.
 * Pure over an injected Storage; storage that throws or is absent just means nothing is kept.
 */

/** The part of Storage used. */
export type ProgressStorage = Pick<Storage, 'getItem' | 'setItem'> & { readonly length?: number; key?(index: number): string | null };

export interface Progress {
  solved: boolean;
  /** Hints revealed so far. */
  hints: number;
  /** The page the exercise is on (its slug, e.g. `threads`). */
  page: string;
}

const PREFIX = 'live-sockets:exercise:';

/** Dispatched on `document` when an exercise is solved, so the sidebar's ✓ appears without a reload. */
export const SOLVED_EVENT = 'live-sockets:exercise-solved';

/** The localStorage key of exercise `id`. */
export function progressKey(id: string): string {
  return `${PREFIX}${id}`;
}

/** Read exercise `id`'s progress (a fresh one when absent or unreadable). */
export function loadProgress(storage: ProgressStorage | null, id: string, page: string): Progress {
  try {
    const raw = storage?.getItem(progressKey(id));
    const data = raw ? (JSON.parse(raw) as Partial<Progress>) : {};
    return { solved: data.solved === true, hints: Number.isInteger(data.hints) ? Math.max(0, data.hints ?? 0) : 0, page };
  } catch {
    return { solved: false, hints: 0, page };
  }
}

/** Save exercise `id`'s progress; false when the storage refused. */
export function saveProgress(storage: ProgressStorage | null, id: string, progress: Progress): boolean {
  try {
    storage?.setItem(progressKey(id), JSON.stringify(progress));
    return storage !== null;
  } catch {
    return false;
  }
}

/** The pages with at least one solved exercise, from every progress entry in `storage`. */
export function solvedPages(storage: ProgressStorage | null): Set<string> {
  const pages = new Set<string>();
  let n = 0;
  try {
    n = storage?.length ?? 0;
  } catch { /* unreadable storage: nothing is marked */ }
  for (let i = 0; i < n; i++) {
    try {
      const key = storage?.key?.(i);
      if (!key?.startsWith(PREFIX)) continue;
      const data = JSON.parse(storage?.getItem(key) ?? '{}') as Partial<Progress>;
      if (data.solved === true && typeof data.page === 'string') pages.add(data.page);
    } catch { /* one unreadable entry marks nothing; the others still count */ }
  }
  return pages;
}
