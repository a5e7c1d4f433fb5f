/**
 * Reading the author's notes (content/seed/notes.zh.md) by line number, so that every page quotes
 * the Chinese original verbatim instead of a retyped copy. Pure functions: the text is passed in.
 */

/** One line of the seed as shown on a page. */
export interface SeedLine {
  /** 1-based line number in the seed. */
  n: number;
  /** Indentation depth: leading tabs (4 spaces count as one). */
  indent: number;
  /** The line without its indentation and without trailing spaces (Obsidian's hard-break spaces). */
  text: string;
}

/**
 * Parse a line range such as `"21-31"`, `"9"` or `"2-4,8-13"` into sorted, unique line numbers.
 * @example parseRange('2-4,8') // [2, 3, 4, 8]
 */
export function parseRange(range: string): number[] {
  const out = new Set<number>();
  for (const part of range.split(',').map((p) => p.trim()).filter(Boolean)) {
    const m = /^(\d+)(?:\s*-\s*(\d+))?$/.exec(part);
    if (!m) throw new Error(`bad seed line range "${range}" (expected e.g. "21-31" or "2-4,8")`);
    const from = Number(m[1]);
    const to = m[2] === undefined ? from : Number(m[2]);
    if (to < from || from < 1) throw new Error(`bad seed line range "${range}"`);
    for (let n = from; n <= to; n++) out.add(n);
  }
  return [...out].sort((a, b) => a - b);
}

/** Split the seed into lines (1-based access through `lines[n - 1]`). */
export function splitSeed(text: string): string[] {
  return text.replace(/\r\n/g, '\n').split('\n');
}

/** The given lines of the seed, with indentation measured and trailing spaces removed. */
export function seedLines(text: string, range: string): SeedLine[] {
  const all = splitSeed(text);
  return parseRange(range).map((n) => {
    const raw = all[n - 1];
    if (raw === undefined) throw new Error(`seed has ${all.length} lines; line ${n} does not exist`);
    const lead = /^[\t ]*/.exec(raw)?.[0] ?? '';
    const indent = [...lead].reduce((d, ch) => d + (ch === '\t' ? 1 : 0.25), 0);
    return { n, indent: Math.floor(indent), text: raw.trim() };
  });
}

/**
 * Group consecutive non-blank lines into paragraphs; blank lines separate them.
 * Keeps the author's line structure (each line stays its own line).
 */
export function seedParagraphs(lines: SeedLine[]): SeedLine[][] {
  const paras: SeedLine[][] = [];
  let cur: SeedLine[] = [];
  for (const line of lines) {
    if (line.text === '') {
      if (cur.length) paras.push(cur);
      cur = [];
    } else cur.push(line);
  }
  if (cur.length) paras.push(cur);
  return paras;
}

/** Split a whitespace-aligned table row (tabs or runs of 2+ spaces) into cells. */
export function tableCells(text: string): string[] {
  return text.split(/\t+| {2,}/).map((c) => c.trim()).filter(Boolean);
}

/** Lines of a code block for display: trailing spaces stripped, indentation kept. */
export function seedCode(text: string, range: string): string {
  const all = splitSeed(text);
  return parseRange(range).map((n) => (all[n - 1] ?? '').replace(/[ \t]+$/, '')).join('\n');
}
