/** Plain-text table of bench rows, each figure beside its budget, misses marked. Pure. */
import type { Row } from './budgets.ts';

/** Format a value with its unit: bytes as KB, ms, scores as integers. */
export function formatValue(value: number | null, unit: string): string {
  if (value === null) return 'n/a';
  if (unit === 'B') return `${(value / 1024).toFixed(1)} KB`;
  if (unit === 'ms') return `${Math.round(value)} ms`;
  if (unit === 'MB') return `${value.toFixed(0)} MB`;
  if (unit === 's') return `${value.toFixed(1)} s`;
  return String(Math.round(value * 100) / 100);
}

const MARK: Record<Row['status'], string> = { ok: 'ok', over: '✗ OVER', info: '', missing: '✗ MISSING' };

/**
 * Render rows as an aligned table: page, figure, value, budget, status.
 * `units` gives units for figures without a budget (e.g. `{ 'build-time': 's' }`).
 */
export function formatTable(rows: Row[], units: Record<string, string> = {}): string {
  const header = ['page', 'figure', 'value', 'budget', 'status'];
  const body = rows.map((r) => {
    const unit = r.budget?.unit ?? units[r.key] ?? '';
    const budget = r.budget ? `${r.budget.direction === 'max' ? '≤' : '≥'} ${formatValue(r.budget.limit, r.budget.unit)}` : '';
    const value = formatValue(r.value, unit) + (r.note ? ` (${r.note})` : '');
    return [r.page, r.budget?.label ?? r.key, value, budget, MARK[r.status]];
  });
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((row) => row[i]!.length)));
  const line = (cells: string[]): string => cells.map((c, i) => c.padEnd(widths[i]!)).join('  ').trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(line)].join('\n');
}
