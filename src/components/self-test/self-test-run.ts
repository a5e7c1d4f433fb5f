/**
 * The self-test itself (loaded on the first click of `[data-action="self-test"]`): runs every
 * sandbox's scenarios one after another on the page's runtime — whatever `pageRuntimeProvider()`
 * chose, so `?runtime=webcontainer` tests the WebContainer — with the same core as the Node tests
 * (src/sandbox/scenario-core.ts), and writes each outcome into its `[data-self-test-result]` row.
 */
import { probeWanted } from '../../runtime/wire-probe-source.ts';
import { pageRuntimeProvider } from '../sandbox/runtime-provider.ts';
import { setBilingual } from '../sandbox/messages.ts';
import { runScenarioOn } from '../../sandbox/scenario-core.ts';
import { RuntimeUnavailableError } from '../../runtime/boot-state.ts';
import type { Bilingual } from '../../sandbox/schema.ts';
import type { Runtime } from '../../runtime/types.ts';
import type { SelfTestSandbox } from './self-test-data.ts';
import { formatReport, nextPort, planFor, portWasTaken, summarise, type SandboxOutcome } from './self-test-plan.ts';

const m = (zh: string, en: string): Bilingual => ({ zh, en });

/** The absolute folder a runtime gives `dir` (for `<TMP>` in expectations such as `pwd`'s output). */
async function hostDirOf(runtime: Runtime, dir: string): Promise<string> {
  const proc = await runtime.spawn('node', ['-e', 'console.log(process.cwd())'], { cwd: dir });
  let text = '';
  const reader = proc.output.getReader();
  // Read until the line is complete: a WebContainer's output never closes.
  while (!text.includes('\n')) {
    const { value, done } = await reader.read();
    if (done) break;
    text += value;
  }
  // Released, not cancelled: a runtime closes the stream itself when the program ends.
  reader.releaseLock();
  return text.trim();
}

/** Run one scenario, with one retry on another port when its port turned out to be taken. */
async function runOne(runtime: Runtime, sb: SelfTestSandbox, scenario: SelfTestSandbox['scenarios'][number], dir: string, hostDir: string, used: Set<number>) {
  for (let attempt = 0; ; attempt++) {
    const result = await runScenarioOn({ runtime, sandboxId: sb.id, programs: sb.programs, features: probeWanted(runtime.kind, location.search) ? sb.features : [], files: sb.files, scenario, port: nextPort(used), dir, hostDir });
    const output = result.recording.instances.map((i) => i.output).join('\n');
    if (result.failures.length === 0 || attempt > 0 || !portWasTaken(output)) return result;
  }
}

function show(row: Element, outcome: SandboxOutcome): void {
  if (!(row instanceof HTMLElement)) return;
  row.dataset['outcome'] = outcome.outcome;
  const status = row.querySelector('[data-outcome-label]');
  const labels = { pass: m('通过', 'pass'), fail: m('失败', 'fail'), skip: m('跳过', 'skipped') } as const;
  if (status) setBilingual(status, labels[outcome.outcome]);
  const detail = row.querySelector('[data-detail]');
  if (!detail) return;
  detail.replaceChildren();
  if (outcome.reason) {
    const p = detail.appendChild(document.createElement('p'));
    setBilingual(p, outcome.reason);
    p.dataset['reason'] = '';
  }
  for (const s of outcome.scenarios) {
    if (s.skipped) {
      const p = detail.appendChild(document.createElement('p'));
      setBilingual(p, m(`跳过场景「${s.name}」：${s.skipped.zh}`, `skipped scenario “${s.name}”: ${s.skipped.en}`));
      p.dataset['skippedScenario'] = s.name;
    }
    if (s.failures.length === 0) continue;
    const details = detail.appendChild(document.createElement('details'));
    details.open = true;
    details.appendChild(document.createElement('summary')).textContent = `✗ ${s.name}`;
    details.appendChild(document.createElement('pre')).textContent = s.failures.join('\n\n');
  }
}

/** Run the self-test inside `root` (the `[data-self-test]` element). Resolves when the summary is shown. */
export async function runSelfTest(root: HTMLElement): Promise<void> {
  const status = root.querySelector('[data-self-test-status]');
  const say = (text: Bilingual) => status && setBilingual(status, text);
  say(m('正在加载…', 'Loading…'));
  const startedAt = new Date().toISOString();
  const [provider, sandboxes] = await Promise.all([
    pageRuntimeProvider(),
    fetch(root.dataset['src'] ?? '').then((r) => {
      if (!r.ok) throw new Error(`${r.status} ${r.statusText}`);
      return r.json() as Promise<SelfTestSandbox[]>;
    }),
  ]);
  const runtime = provider.runtime();
  root.dataset['runtime'] = runtime.kind;
  // Python scenarios need a local runtime that reported python3 on its health route.
  const python = runtime.kind === 'local' ? await provider.localPython() : null;
  const used = new Set<number>();
  const outcomes: SandboxOutcome[] = [];
  let unavailable: string | null = null;
  for (const row of root.querySelectorAll<HTMLElement>('[data-self-test-result]')) {
    row.dataset['outcome'] = 'pending';
    row.querySelector('[data-detail]')?.replaceChildren();
  }

  for (const sb of sandboxes) {
    const row = root.querySelector(`[data-self-test-result="${CSS.escape(sb.id)}"]`);
    const t0 = performance.now();
    const plan = planFor(sb, runtime.kind, python);
    let outcome: SandboxOutcome;
    if ('skip' in plan) outcome = { id: sb.id, outcome: 'skip', reason: plan.skip, scenarios: [], ms: 0 };
    else if (unavailable !== null) {
      outcome = { id: sb.id, outcome: 'fail', reason: m(`未运行：运行环境不可用（${unavailable}）`, `not run: the runtime is unavailable (${unavailable})`), scenarios: [], ms: 0 };
    } else {
      if (row instanceof HTMLElement) row.dataset['outcome'] = 'running';
      say(m(`正在运行 ${sb.id}…`, `Running ${sb.id}…`));
      const dir = `self-test/${sb.id}`;
      const scenarios: SandboxOutcome['scenarios'] = (plan.skipped ?? []).map((s) => ({ name: s.name, failures: [], skipped: s.reason }));
      try {
        await runtime.mount(dir, sb.files);
        const hostDir = await hostDirOf(runtime, dir);
        for (const scenario of plan.run) {
          const result = await runOne(runtime, sb, scenario, dir, hostDir, used);
          scenarios.push({ name: scenario.name, failures: result.failures });
        }
      } catch (error) {
        if (error instanceof RuntimeUnavailableError) unavailable = error.message;
        scenarios.push({ name: '(runtime)', failures: [(error as Error).message] });
      }
      const failed = scenarios.some((s) => s.failures.length > 0);
      outcome = { id: sb.id, outcome: failed ? 'fail' : 'pass', scenarios, ms: performance.now() - t0 };
    }
    outcomes.push(outcome);
    if (row) show(row, outcome);
  }

  const totals = summarise(outcomes);
  const report = formatReport({
    userAgent: navigator.userAgent,
    runtime: runtime.kind,
    version: root.dataset['version'] ?? 'unknown',
    startedAt,
  }, outcomes);
  const area = root.querySelector<HTMLTextAreaElement>('[data-self-test-report]');
  if (area) area.value = report;
  const summary = root.querySelector<HTMLElement>('[data-self-test-summary]');
  if (summary) {
    summary.dataset['passed'] = String(totals.passed);
    summary.dataset['failed'] = String(totals.failed);
    summary.dataset['skipped'] = String(totals.skipped);
    setBilingual(summary, m(
      `${totals.passed} 个通过，${totals.failed} 个失败，${totals.skipped} 个跳过（运行环境：${runtime.kind}）`,
      `${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped (runtime: ${runtime.kind})`,
    ));
    summary.hidden = false;
  }
  say(m('自检完成。', 'Self-test finished.'));
}
