/**
 * Turns the check runner's failure messages (scenario-core.ts, scenario-match.ts) into lines the
 * reader can read in their language: the check programs' own verdicts (`✓ 中文 ｜ English`,
 * `  expected: …`, `  actual: …`), the runner's step errors and "got:" blocks, each with its
 * Chinese and English text. Pure; unit-tested in Node.
 */
import type { Bilingual } from '../../sandbox/schema.ts';

/** One line of a check's report. */
export interface ReportLine {
  kind: 'pass' | 'fail' | 'expected' | 'actual' | 'output' | 'info';
  text: Bilingual;
}

const m = (zh: string, en: string): Bilingual => ({ zh, en });
const same = (s: string): Bilingual => ({ zh: s, en: s });

/** A line a check program printed: `✓ zh ｜ en` verdicts and `expected:`/`actual:` lines (whose value may be
 * `zh ｜ en` too) become bilingual. */
export function programLine(line: string): ReportLine {
  const verdict = /^([✓✗])\s*(.*)$/.exec(line.trim());
  if (verdict) {
    const [zh, en] = splitPair(verdict[2] ?? '');
    return { kind: verdict[1] === '✓' ? 'pass' : 'fail', text: m(`${verdict[1]} ${zh}`, `${verdict[1]} ${en}`) };
  }
  const exp = /^\s*expected:\s?(.*)$/.exec(line);
  if (exp) {
    const [zh, en] = splitPair(exp[1] ?? '');
    return { kind: 'expected', text: m(`应为：${zh}`, `expected: ${en}`) };
  }
  const act = /^\s*actual:\s*(.*)$/.exec(line);
  if (act) {
    const [zh, en] = splitPair(act[1] ?? '');
    return { kind: 'actual', text: m(`实际：${zh}`, `actual:   ${en}`) };
  }
  return { kind: 'output', text: same(line) };
}

function splitPair(text: string): [string, string] {
  const i = text.indexOf('｜');
  return i < 0 ? [text, text] : [text.slice(0, i).trim(), text.slice(i + 1).trim()];
}

/** The lines of a `    | …` block (the runner quotes output that way). */
function quoted(block: string): string[] {
  return block.split('\n').map((l) => /^\s*\| ?(.*)$/.exec(l)?.[1]).filter((l): l is string => l !== undefined);
}

/** Explain the first line of a runner message (what went wrong) in both languages. */
function headline(head: string): Bilingual {
  let r: RegExpExecArray | null;
  const step = /^step (\d+) (\{.*?\}): (.*)$/.exec(head);
  const pre = step ? m(`第 ${step[1]} 步：`, `step ${step[1]}: `) : m('', '');
  const rest = step ? step[3] ?? '' : head;
  const cat = (b: Bilingual): Bilingual => m(pre.zh + b.zh, pre.en + b.en);
  if ((r = /^timed out after (\d+) ms waiting for (.+) from "(.+)"$/.exec(rest))) return cat(m(`等了 ${r[1]} 毫秒，"${r[3]}" 仍没有打印 ${r[2]}`, `"${r[3]}" had not printed ${r[2]} after ${r[1]} ms`));
  if ((r = /^timed out after (\d+) ms waiting for "(.+)" to exit$/.exec(rest))) return cat(m(`等了 ${r[1]} 毫秒，"${r[2]}" 仍没有结束`, `"${r[2]}" had not ended after ${r[1]} ms`));
  if ((r = /^timed out after (\d+) ms/.exec(rest))) return cat(m(`${r[1]} 毫秒后超时`, `timed out after ${r[1]} ms`));
  if ((r = /^"(.+)" ended before printing (.+)$/.exec(rest))) return cat(m(`"${r[1]}" 在打印 ${r[2]} 之前就结束了`, `"${r[1]}" ended before printing ${r[2]}`));
  if ((r = /^"(.+)" exited with (.+), expected code (\d+)$/.exec(rest))) return cat(m(`"${r[1]}" 的退出码是 ${r[2]}，应为 ${r[3]}`, `"${r[1]}" exited with ${r[2]}, expected code ${r[3]}`));
  if ((r = /^output of "(.+)": no line matches (.+)$/.exec(rest))) return cat(m(`检查没有通过（"${r[1]}" 的输出中没有 ${r[2]}）`, `the check did not pass ("${r[1]}" printed no ${r[2]})`));
  if ((r = /^the runtime failed: (.*)$/.exec(rest))) return cat(m(`运行环境出错：${r[1]}`, `the runtime failed: ${r[1]}`));
  return cat(same(rest));
}

/**
 * The report of one failed check: a headline per runner message, then what the programs printed,
 * with the check programs' verdicts and expected/actual lines made bilingual.
 */
export function explainFailures(failures: readonly string[]): ReportLine[] {
  const out: ReportLine[] = [];
  for (const failure of failures) {
    const [head = '', ...rest] = failure.split('\n');
    const body = rest.join('\n');
    const lines = quoted(body);
    const fromCheck = lines.some((l) => /^[✓✗]/.test(l.trim()));
    // A check program's own verdicts say it best; the runner's "no line matches PASS" adds nothing then.
    if (!(fromCheck && /no line matches PASS$/.test(head))) out.push({ kind: 'fail', text: headline(head) });
    if (lines.length && !fromCheck) out.push({ kind: 'info', text: m('程序的输出：', 'what the program printed:') });
    for (const l of lines) out.push(fromCheck ? programLine(l) : { kind: 'output', text: same(l) });
  }
  return out;
}
