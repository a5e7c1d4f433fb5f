/**
 * The self-test's decisions, free of DOM and runtime: which scenarios of a sandbox run on the
 * current runtime (or why the sandbox is skipped), which port a scenario gets, and the copyable
 * report. Unit-tested in Node; self-test-run.ts does the DOM and runtime work.
 */
import { FEATURES, scenarioUsesPython, type Bilingual, type RuntimeKind, type Scenario } from '../../sandbox/schema.ts';
import type { SelfTestSandbox } from './self-test-data.ts';

const m = (zh: string, en: string): Bilingual => ({ zh, en });

/** A scenario left out, and why. */
export interface SkippedScenario {
  name: string;
  reason: Bilingual;
}

/** What to do with one sandbox on a runtime: the scenarios to run (and those left out, with why), or why not at all. */
export type SandboxPlan = { run: Scenario[]; skipped?: SkippedScenario[] } | { skip: Bilingual };

/** Why a Python scenario does not run on a runtime. */
export function pythonSkipReason(kind: RuntimeKind): Bilingual {
  return kind === 'webcontainer'
    ? m('WebContainer 中没有 Python：Python 程序只在本地运行时上运行', 'WebContainers have no Python: Python programs run on the local runtime only')
    : m('本地运行时报告这台电脑上没有 python3', 'the local runtime reports no python3 on this machine');
}

/**
 * The scenarios of `sb` meant for `kind` (a scenario's `runtimes`, else the sandbox's), or the
 * reason to skip: a feature the runtime lacks (UDP, real processes …), or no scenario for it.
 * `python` is the version the local runtime reported (null: none); scenarios that start a Python
 * program are skipped, with the reason, on WebContainers and on a local runtime without python3.
 */
export function planFor(sb: SelfTestSandbox, kind: RuntimeKind, python: string | null = null): SandboxPlan {
  if (!sb.runtimes.includes(kind)) {
    const lacking = kind === 'webcontainer' ? sb.features.filter((f) => !FEATURES[f].webcontainer) : [];
    if (lacking.length) {
      return { skip: m(`WebContainer 不支持：${lacking.map((f) => FEATURES[f].zh).join('；')}`, `not in WebContainers: ${lacking.map((f) => FEATURES[f].en).join('; ')}`) };
    }
    return { skip: m(`这个例子没有标明可在 ${kind} 运行环境中运行`, `this sandbox is not marked for the ${kind} runtime`) };
  }
  const meant = sb.scenarios.filter((s) => (s.runtimes ?? sb.runtimes).includes(kind));
  const pythonOk = kind === 'local' && python !== null;
  const run = meant.filter((s) => pythonOk || !scenarioUsesPython(sb.programs, s));
  const skipped = sb.scenarios
    .filter((s) => !run.includes(s) && scenarioUsesPython(sb.programs, s))
    .map((s) => ({ name: s.name, reason: pythonSkipReason(kind) }));
  if (run.length === 0) return { skip: skipped[0]?.reason ?? m(`没有适用于 ${kind} 运行环境的场景`, `no scenario is meant for the ${kind} runtime`) };
  return skipped.length ? { run, skipped } : { run };
}

/** The range ports are drawn from: away from the notes' 8080–8888 and from ephemeral ports. */
export const PORT_RANGE = { min: 20_000, max: 39_999 } as const;

/**
 * A port for the next scenario. The page cannot ask the OS for a free port, so it draws one at
 * random from {@link PORT_RANGE}, never one this run already used (a program may still hold it in
 * TIME_WAIT); a scenario whose output says the port was taken is retried once with another.
 */
export function nextPort(used: Set<number>, random: () => number = Math.random): number {
  const size = PORT_RANGE.max - PORT_RANGE.min + 1;
  for (;;) {
    const port = PORT_RANGE.min + Math.floor(random() * size);
    if (!used.has(port)) {
      used.add(port);
      return port;
    }
  }
}

/** Whether a failed scenario failed because its port was taken (then it is worth one retry). */
export function portWasTaken(output: string): boolean {
  return /EADDRINUSE|address already in use/i.test(output);
}

/** The outcome of one sandbox. */
export interface SandboxOutcome {
  id: string;
  outcome: 'pass' | 'fail' | 'skip';
  /** Skip reason. */
  reason?: Bilingual;
  /** Per scenario: name and failure messages (empty when it passed); `skipped` when it was left out, with why. */
  scenarios: { name: string; failures: string[]; skipped?: Bilingual }[];
  ms: number;
}

/** The environment line of the report. */
export interface ReportContext {
  userAgent: string;
  runtime: RuntimeKind;
  /** e.g. `0.1.0 (abc1234, built 2026-12-01T18:00:00Z)`. */
  version: string;
  startedAt: string;
}

/** Totals for `[data-self-test-summary]`. */
export function summarise(outcomes: readonly SandboxOutcome[]): { passed: number; failed: number; skipped: number } {
  const count = (o: SandboxOutcome['outcome']) => outcomes.filter((x) => x.outcome === o).length;
  return { passed: count('pass'), failed: count('fail'), skipped: count('skip') };
}

/** The plain-text report a maintainer copies into an issue. */
export function formatReport(ctx: ReportContext, outcomes: readonly SandboxOutcome[]): string {
  const { passed, failed, skipped } = summarise(outcomes);
  const lines = [
    'live-sockets self-test',
    `browser: ${ctx.userAgent}`,
    `runtime: ${ctx.runtime}`,
    `site: ${ctx.version}`,
    `started: ${ctx.startedAt}`,
    `result: ${passed} passed, ${failed} failed, ${skipped} skipped`,
    '',
  ];
  for (const o of outcomes) {
    const head = `${o.outcome.toUpperCase().padEnd(4)} ${o.id}`;
    if (o.outcome === 'skip') lines.push(`${head} — ${o.reason?.en ?? ''}`);
    else {
      const ran = o.scenarios.filter((s) => !s.skipped).length;
      lines.push(`${head} (${ran} scenario${ran === 1 ? '' : 's'}, ${Math.round(o.ms)} ms)`);
    }
    for (const s of o.scenarios) {
      if (s.skipped) lines.push(`  - skipped: ${s.name} — ${s.skipped.en}`);
      if (s.failures.length === 0) continue;
      lines.push(`  ✗ ${s.name}`);
      for (const f of s.failures) lines.push(...f.split('\n').map((l) => `    ${l}`));
    }
  }
  return `${lines.join('\n')}\n`;
}
