/**
 * The performance budgets of DESIGN.md §8 and their evaluation. Pure: the bench feeds measured
 * figures in, the table and the exit code come out; unit-tested in tests/unit/bench-budgets.test.ts.
 */

/** How a figure compares to its limit. */
export type Direction = 'max' | 'min';

export interface Budget {
  /** Stable key, e.g. `js-gzip`. */
  key: string;
  label: string;
  unit: 'B' | 'ms' | 'score' | 'count';
  direction: Direction;
  limit: number;
}

export const BUDGETS: Budget[] = [
  { key: 'js-gzip', label: 'JS before interaction (gzip)', unit: 'B', direction: 'max', limit: 30 * 1024 },
  { key: 'css-gzip', label: 'CSS before interaction (gzip)', unit: 'B', direction: 'max', limit: 30 * 1024 },
  { key: 'heavy-requests', label: 'Monaco/xterm/WebContainer requests before interaction', unit: 'count', direction: 'max', limit: 0 },
  { key: 'editor-visible', label: 'click → editor visible (median)', unit: 'ms', direction: 'max', limit: 800 },
  { key: 'typed-visible', label: 'click → first typed character visible (median)', unit: 'ms', direction: 'max', limit: 100 },
  { key: 'monaco-ready', label: 'click → Monaco ready, caret in it (median)', unit: 'ms', direction: 'max', limit: 800 },
  { key: 'editor-chunk-gzip', label: "editor's main JS chunk (gzip)", unit: 'B', direction: 'max', limit: 750 * 1024 },
  { key: 'first-output', label: 'click Run → first output, local runtime (median)', unit: 'ms', direction: 'max', limit: 500 },
  { key: 'lh-performance', label: 'Lighthouse performance (mobile)', unit: 'score', direction: 'min', limit: 95 },
  { key: 'lh-accessibility', label: 'Lighthouse accessibility (mobile)', unit: 'score', direction: 'min', limit: 100 },
];

/** One measured figure: which page (or `site`), which budget key or free-form metric, its value. */
export interface Figure {
  page: string;
  key: string;
  value: number | null;
  /** Extra text shown beside the value, e.g. the names of heavy chunks. */
  note?: string;
}

export interface Row extends Figure {
  budget: Budget | null;
  /** `ok`, `over` (budget missed), `info` (no budget), `missing` (not measured but budgeted). */
  status: 'ok' | 'over' | 'info' | 'missing';
}

/** Compare every figure with its budget (if it has one). */
export function evaluate(figures: Figure[], budgets: Budget[] = BUDGETS): Row[] {
  return figures.map((f) => {
    const budget = budgets.find((b) => b.key === f.key) ?? null;
    if (!budget) return { ...f, budget, status: 'info' as const };
    if (f.value === null || Number.isNaN(f.value)) return { ...f, budget, status: 'missing' as const };
    const ok = budget.direction === 'max' ? f.value <= budget.limit : f.value >= budget.limit;
    return { ...f, budget, status: ok ? ('ok' as const) : ('over' as const) };
  });
}

/** True when any budgeted figure missed its budget or could not be measured. */
export function anyMissed(rows: Row[]): boolean {
  return rows.some((r) => r.status === 'over' || r.status === 'missing');
}

/** Median of a list of numbers (null for an empty list). */
export function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
