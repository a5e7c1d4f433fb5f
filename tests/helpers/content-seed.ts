/**
 * The author's notes (content/seed/notes.zh.md) split the way the coverage test counts them: prose
 * lines outside code fences and lines inside fences, each with the normalisation used to compare it
 * with the built pages.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './content-site.ts';
import { fold } from './content-hast.ts';

/** One non-empty line of the seed. */
export interface SeedEntry {
  /** 1-based line number. */
  n: number;
  /** The line as written (without the newline). */
  raw: string;
  /** `prose`: outside any fence; `fence`: inside a ``` fence (code or the author's prose-in-a-fence). */
  kind: 'prose' | 'fence';
  /** 1-based number of the fence (B1 … B25) for fence lines, 0 for prose. */
  block: number;
}

/** The seed's text. */
export function readSeed(): string {
  return readFileSync(join(ROOT, 'content/seed/notes.zh.md'), 'utf8');
}

/** Every non-empty line of the seed, classified; fence lines (``` …) themselves are left out. */
export function classifySeed(text: string): SeedEntry[] {
  const out: SeedEntry[] = [];
  let block = 0;
  let inFence = false;
  text.replace(/\r\n/g, '\n').split('\n').forEach((raw, i) => {
    if (/^```/.test(raw)) {
      inFence = !inFence;
      if (inFence) block++;
      return;
    }
    if (raw.trim() === '') return;
    out.push({ n: i + 1, raw, kind: inFence ? 'fence' : 'prose', block: inFence ? block : 0 });
  });
  return out;
}

/** Emphasis markers: removed from BOTH sides, since a page may show `**x**` verbatim or as bold. */
function dropEmphasis(text: string): string {
  return text.replace(/\*+/g, '');
}

/**
 * A prose line as it should appear on a page: markdown line markers (`#`, `>`, list bullets) and
 * emphasis stripped, whitespace folded.
 */
export function proseKey(line: string): string {
  const unmarked = line.replace(/^\s*#{1,6}\s+/, '').replace(/^\s*>\s?/, '').replace(/^\s*[-+*]\s+/, '');
  return fold(dropEmphasis(unmarked));
}

/** Built text normalised the same way as `proseKey` (emphasis stripped, whitespace folded). */
export function proseHaystack(text: string): string {
  return fold(dropEmphasis(text));
}

/** A fence line as it should appear on a page: trailing spaces stripped, whitespace folded. */
export function fenceKey(line: string): string {
  return fold(line.replace(/[ \t]+$/, ''));
}
