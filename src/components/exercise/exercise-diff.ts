/**
 * A line diff between the reader's code and the reference solution, for "compare with my code".
 * Longest common subsequence over lines: the files are small (tens of lines). Pure; tested in Node.
 */

/** One line of a diff: kept (` `), only in the reader's code (`-`), only in the solution (`+`). */
export interface DiffLine {
  op: ' ' | '-' | '+';
  text: string;
}

/** The lines that turn `mine` into `theirs`. */
export function diffLines(mine: string, theirs: string): DiffLine[] {
  const split = (text: string) => (text === '' ? [] : text.replace(/\n$/, '').split('\n'));
  const a = split(mine);
  const b = split(theirs);
  // lcs[i][j] = length of the longest common subsequence of a[i..] and b[j..].
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
      out.push({ op: ' ', text: a[i++]! });
      j++;
    } else if (i < a.length && (j >= b.length || lcs[i + 1]![j]! >= lcs[i]![j + 1]!)) out.push({ op: '-', text: a[i++]! });
    else out.push({ op: '+', text: b[j++]! });
  }
  return out;
}
