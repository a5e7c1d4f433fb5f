/**
 * Matching a program's output against a scenario's expectations (see `expectationSchema` in
 * schema.ts). Pure: text in, failure messages out. The scenario runner and its unit tests use it.
 *
 * Semantics:
 * - Output is cut into lines; prompts (scenario `prompts`) are stripped from the start of every
 *   line, repeatedly (a skipped empty input prints the prompt twice on one line); trailing
 *   whitespace and `\r` are removed; blank lines are dropped.
 * - A matcher written `/body/flags` is a regular expression tested against the line.
 * - Any other matcher is a plain string that must equal the whole trimmed line, either as printed
 *   or after normalising (pids → `<PID>`, ports → `<PORT>` …), so expectations can say
 *   `客户端的ip和端口 ('127.0.0.1', <PORT>)` instead of a regex.
 */
import type { Expectation } from './schema.ts';

/** A compiled matcher; `source` is the matcher as written, for messages. */
export interface LineMatcher {
  source: string;
  test(line: string): boolean;
}

/** Turns text into its normalised form (see transcript.ts); identity when absent. */
export type Normaliser = (text: string) => string;

const REGEX_MATCHER = /^\/(.+)\/([dimsuv]*)$/s;

/** Escape a string for use inside a RegExp. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/**
 * Compile a matcher string.
 * @example compileMatcher('HELLO').test('  HELLO ') // true
 * @example compileMatcher('/^HI+$/').test('HIII') // true
 */
export function compileMatcher(matcher: string, normalise?: Normaliser): LineMatcher {
  const m = REGEX_MATCHER.exec(matcher);
  if (m) {
    let re: RegExp;
    try {
      re = new RegExp(m[1] ?? '', m[2] ?? '');
    } catch (err) {
      throw new Error(`bad regular expression matcher ${matcher}: ${(err as Error).message}`);
    }
    return { source: matcher, test: (line) => re.test(line) };
  }
  const want = matcher.trim();
  return {
    source: matcher,
    test: (line) => {
      const got = line.trim();
      return got === want || (normalise !== undefined && normalise(got) === want);
    },
  };
}

/** A RegExp that removes any run of the given prompts at the start of a line; null when there are none. */
export function promptStripper(prompts: readonly string[]): RegExp | null {
  const alts = prompts.filter((p) => p.length > 0).map(escapeRegExp);
  return alts.length ? new RegExp(`^(?:${alts.join('|')})+`) : null;
}

/** One line as the matchers see it: prompts stripped, trailing whitespace removed. */
export function cleanLine(raw: string, stripper: RegExp | null): string {
  const line = raw.replace(/\r$/, '');
  return (stripper ? line.replace(stripper, '') : line).replace(/\s+$/, '');
}

/**
 * The lines of `output` as expectations see them: prompts stripped, blank lines dropped.
 * @example outputLines('> HELLO\n> \n> HI\n> ', ['> ']) // ['HELLO', 'HI']
 */
export function outputLines(output: string, prompts: readonly string[] = []): string[] {
  const stripper = promptStripper(prompts);
  return output.replace(/\r\n/g, '\n').split('\n')
    .map((raw) => cleanLine(raw, stripper))
    .filter((line) => line.trim() !== '');
}

/**
 * Search `text` from offset `from` for a line (complete, or the unfinished last one, so a prompt
 * can be waited for) on which `test` holds, as printed or with prompts stripped. Returns the offset just past that line — the cursor for
 * the next search — or null. A line that starts before `from` is only seen from `from` on.
 */
export function scanForLine(
  text: string,
  from: number,
  test: (line: string) => boolean,
  prompts: readonly string[] = [],
): number | null {
  const stripper = promptStripper(prompts);
  let start = from;
  while (start < text.length) {
    const nl = text.indexOf('\n', start);
    const end = nl === -1 ? text.length : nl;
    const raw = text.slice(start, end).replace(/\r$/, '');
    if (test(raw) || test(cleanLine(raw, stripper))) return nl === -1 ? text.length : nl + 1;
    if (nl === -1) break;
    start = nl + 1;
  }
  return null;
}

/** Build the predicate of a `waitFor` step: `text` is a substring test, `pattern` a regex. */
export function waitPredicate(step: { text?: string | undefined; pattern?: string | undefined }): (line: string) => boolean {
  if (step.pattern !== undefined) {
    const re = new RegExp(step.pattern);
    return (line) => re.test(line);
  }
  const text = step.text ?? '';
  return (line) => line.includes(text);
}

function show(lines: readonly string[]): string {
  return lines.length ? lines.map((l) => `    | ${l}`).join('\n') : '    (no output)';
}

/**
 * Check one expectation against an instance's output lines (already cleaned by `outputLines`).
 * @param durationMs wall time from start to exit, undefined if the instance never exited
 * @returns one message per failed check; empty when everything holds
 */
export function checkExpectation(
  exp: Expectation,
  lines: readonly string[],
  durationMs: number | undefined,
  normalise?: Normaliser,
): string[] {
  const fails: string[] = [];
  const compile = (m: string) => compileMatcher(m, normalise);
  const of = `output of "${exp.of}"`;

  if (exp.lines) {
    const ms = exp.lines.map(compile);
    const bad = ms.length !== lines.length ? -1 : ms.findIndex((m, i) => !m.test(lines[i] ?? ''));
    if (ms.length !== lines.length || bad !== -1) {
      const where = bad >= 0 ? `line ${bad + 1} differs (expected ${exp.lines[bad]})` : `${lines.length} lines instead of ${ms.length}`;
      fails.push(`${of}: ${where}\n  expected:\n${show(exp.lines)}\n  got:\n${show(lines)}`);
    }
  }
  for (const m of (exp.includes ?? []).map(compile)) {
    if (!lines.some((l) => m.test(l))) fails.push(`${of}: no line matches ${m.source}\n  got:\n${show(lines)}`);
  }
  if (exp.inOrder) {
    let i = 0;
    for (const m of exp.inOrder.map(compile)) {
      while (i < lines.length && !m.test(lines[i] ?? '')) i++;
      if (i >= lines.length) {
        fails.push(`${of}: ${m.source} not found in order (after the previous matchers)\n  got:\n${show(lines)}`);
        break;
      }
      i++;
    }
  }
  for (const m of (exp.excludes ?? []).map(compile)) {
    const hit = lines.find((l) => m.test(l));
    if (hit !== undefined) fails.push(`${of}: line "${hit}" should not match ${m.source}`);
  }
  for (const c of exp.count ?? []) {
    const m = compile(c.line);
    const n = lines.filter((l) => m.test(l)).length;
    if ((c.equals !== undefined && n !== c.equals) || (c.min !== undefined && n < c.min) || (c.max !== undefined && n > c.max)) {
      fails.push(`${of}: ${n} lines match ${c.line}, expected ${JSON.stringify({ equals: c.equals, min: c.min, max: c.max })}`);
    }
  }
  for (const num of exp.number ?? []) {
    const re = new RegExp(num.pattern);
    const captured = lines.map((l) => re.exec(l)?.[1]).find((g) => g !== undefined);
    const value = captured === undefined ? NaN : Number.parseFloat(captured);
    if (Number.isNaN(value)) {
      fails.push(`${of}: no line gives a number for /${num.pattern}/\n  got:\n${show(lines)}`);
    } else if ((num.min !== undefined && value < num.min) || (num.max !== undefined && value > num.max)) {
      fails.push(`${of}: ${value} (from /${num.pattern}/) is outside [${num.min ?? '-∞'}, ${num.max ?? '∞'}]`);
    }
  }
  if (exp.durationMs) {
    const { min, max } = exp.durationMs;
    if (durationMs === undefined) fails.push(`"${exp.of}" never exited, so its duration cannot be checked`);
    else if ((min !== undefined && durationMs < min) || (max !== undefined && durationMs > max)) {
      fails.push(`"${exp.of}" ran ${Math.round(durationMs)} ms, expected [${min ?? 0}, ${max ?? '∞'}] ms`);
    }
  }
  return fails;
}
