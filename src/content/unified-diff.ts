/**
 * A line-based unified diff (the `diff -u` format) between the author's code and a corrected version,
 * computed at build time so the page shows exactly what was changed (and, in the page, the exercise
 * block's "compare with my code"). Inputs are a few dozen lines, so
 * a plain longest-common-subsequence table is enough.
 */

/** One line of an edit script: kept (` `), removed from the original (`-`) or added (`+`). */
export interface DiffLine {
  op: ' ' | '-' | '+';
  text: string;
  /** 1-based line number in the original (for ` ` and `-`) and in the corrected text (for ` ` and `+`). */
  a?: number;
  b?: number;
}

/** Split text into lines; a final newline does not make an extra empty line. */
function lines(text: string): string[] {
  const all = text.replace(/\r\n/g, '\n').split('\n');
  if (all.at(-1) === '') all.pop();
  return all;
}

/** The shortest edit script turning `from` into `to` (removals before additions inside a change). */
export function diffLines(from: string, to: string): DiffLine[] {
  const a = lines(from);
  const b = lines(to);
  // lcs[i][j] = length of the longest common subsequence of a[i…] and b[j…]
  const lcs = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lcs[i]![j] = a[i] === b[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
    }
  }
  const out: DiffLine[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      out.push({ op: ' ', text: a[i]!, a: ++i, b: ++j });
    } else if (j >= b.length || (i < a.length && lcs[i + 1]![j]! >= lcs[i]![j + 1]!)) {
      out.push({ op: '-', text: a[i]!, a: ++i });
    } else {
      out.push({ op: '+', text: b[j]!, b: ++j });
    }
  }
  return out;
}

/**
 * The unified diff of two texts with `context` unchanged lines around each change, without the
 * `---`/`+++` file header (the caller labels the two sides). Empty string when the texts are equal.
 */
export function unifiedDiff(from: string, to: string, context = 3): string {
  const script = diffLines(from, to);
  const changed = script.map((l, k) => (l.op !== ' ' ? k : -1)).filter((k) => k >= 0);
  if (changed.length === 0) return '';
  // Group changes whose context windows touch into one hunk.
  const hunks: Array<[number, number]> = [];
  for (const k of changed) {
    const lo = Math.max(0, k - context);
    const hi = Math.min(script.length - 1, k + context);
    const last = hunks.at(-1);
    if (last && lo <= last[1] + 1) last[1] = hi;
    else hunks.push([lo, hi]);
  }
  const out: string[] = [];
  for (const [lo, hi] of hunks) {
    const part = script.slice(lo, hi + 1);
    const oldLines = part.filter((l) => l.op !== '+');
    const newLines = part.filter((l) => l.op !== '-');
    // An empty side starts "after" the line before it, as diff -u writes it.
    const oldStart = oldLines[0]?.a ?? script.slice(0, lo).filter((l) => l.op !== '+').length;
    const newStart = newLines[0]?.b ?? script.slice(0, lo).filter((l) => l.op !== '-').length;
    out.push(`@@ -${oldStart},${oldLines.length} +${newStart},${newLines.length} @@`);
    for (const l of part) out.push(`${l.op}${l.text}`);
  }
  return out.join('\n');
}
