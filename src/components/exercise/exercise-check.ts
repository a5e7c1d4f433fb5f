/**
 * Check, in the page: runs the exercise's checks against the reader's current code on the page's
 * runtime (whatever `pageRuntimeProvider()` chose) through the same runner the Node tests use
 * (`runChecks`, src/sandbox/exercise.ts → scenario-core.ts), each check on its own random port,
 * and shows, check by check, what held and what did not (expected vs actual) in both languages.
 */
import { pageRuntimeProvider } from '../sandbox/runtime-provider.ts';
import { bootFailureText, setBilingual } from '../sandbox/messages.ts';
import { watchSlowBoot } from '../sandbox/slow-boot.ts';
import type { EditStore } from '../sandbox/edit-store.ts';
import type { SandboxPageData } from '../sandbox/page-data.ts';
import { nextPort } from '../self-test/self-test-plan.ts';
import { checksFor, runChecks, type CheckResult } from '../../sandbox/exercise.ts';
import { explainFailures, programLine } from './exercise-report.ts';
import { EX } from './exercise-messages.ts';
import type { ExercisePageData } from './live-exercise.ts';

// Ports this page has used: a program may still hold one (TIME_WAIT), so none is drawn twice.
const used = new Set<number>();

function row(root: HTMLElement, name: string): HTMLElement | null {
  return root.querySelector<HTMLElement>(`[data-check="${CSS.escape(name)}"]`);
}

/** Put every check row in `status`, with `text` as its status (or none) and no detail. */
function markRows(root: HTMLElement, status: string, text: Parameters<typeof setBilingual>[1] | null): void {
  for (const li of root.querySelectorAll<HTMLElement>('[data-check]')) {
    li.dataset['status'] = status;
    const cell = li.querySelector('[data-check-status]');
    if (cell && text) setBilingual(cell, text);
    else cell?.replaceChildren();
    li.querySelector('[data-check-detail]')?.replaceChildren();
  }
}

function showResult(root: HTMLElement, result: CheckResult): void {
  const li = row(root, result.name);
  if (!li) return;
  const passed = result.failures.length === 0;
  li.dataset['status'] = passed ? 'pass' : 'fail';
  const status = li.querySelector('[data-check-status]');
  if (status) setBilingual(status, passed ? { zh: `✓ ${EX.pass.zh}`, en: `✓ ${EX.pass.en}` } : { zh: `✗ ${EX.fail.zh}`, en: `✗ ${EX.fail.en}` });
  const detail = li.querySelector('[data-check-detail]');
  if (!detail) return;
  detail.replaceChildren();
  // A check that held still shows its steps; one that failed shows them with expected vs actual.
  const lines = passed ? result.verdicts.map(programLine) : explainFailures(result.failures);
  for (const line of lines) {
    const div = detail.appendChild(document.createElement('div'));
    div.className = `ex-line ex-line-${line.kind}`;
    div.dataset['line'] = line.kind;
    setBilingual(div, line.text);
  }
}

/**
 * Run every check of `data` on the reader's code; writes `[data-check-result]` (running → pass|fail)
 * and resolves with whether every check passed.
 */
export async function runExerciseCheck(root: HTMLElement, data: ExercisePageData, sandboxEl: HTMLElement, store: EditStore): Promise<boolean> {
  const panel = root.querySelector<HTMLElement>('[data-check-result]');
  const summary = root.querySelector('[data-check-summary]');
  const button = root.querySelector<HTMLElement>('[data-action="check"]');
  const say = (text: Parameters<typeof setBilingual>[1]) => summary && setBilingual(summary, text);
  const finish = (passed: boolean): boolean => {
    panel?.setAttribute('data-check-result', passed ? 'pass' : 'fail');
    button?.removeAttribute('aria-disabled');
    return passed;
  };
  panel?.setAttribute('data-check-result', 'running');
  button?.setAttribute('aria-disabled', 'true');
  markRows(root, 'pending', null);
  say(EX.running);
  const sandbox = JSON.parse(sandboxEl.querySelector('script[data-sandbox-data]')?.textContent ?? '{}') as SandboxPageData;
  let stopWatching = (): void => {};
  try {
    const provider = await pageRuntimeProvider();
    const runtime = provider.runtime();
    // A slow WebContainer boot says why it waits (slow-boot.ts), and "running" again once it is up.
    let slow = false;
    const cancelSlow = watchSlowBoot(provider, (text) => { slow = true; say(text); });
    const off = provider.onChange(() => {
      if (slow && provider.bootState.status === 'ready') { slow = false; say(EX.running); }
    });
    stopWatching = () => { cancelSlow(); off(); };
    if (!data.runtimes.includes(runtime.kind) || checksFor(data, runtime.kind).length === 0) {
      say(EX.wrongRuntime(runtime.kind));
      return finish(false);
    }
    const results = await runChecks({
      runtime,
      exercise: { id: data.id, hidden: data.hidden, exercise: data },
      programs: sandbox.programs,
      // What the editor holds now, over the sandbox's other files.
      files: { ...sandbox.files, ...store.snapshot() },
      port: () => nextPort(used),
      onCheck: (check) => {
        const li = row(root, check.name);
        if (!li) return;
        li.dataset['status'] = 'running';
        const status = li.querySelector('[data-check-status]');
        if (status) setBilingual(status, { zh: `… ${EX.checkRunning.zh}`, en: `… ${EX.checkRunning.en}` });
      },
      onResult: (result) => showResult(root, result),
    });
    if (provider.kind === 'webcontainer' && provider.bootState.status === 'failed') {
      // Every check "failed" because nothing could start: say that, not that the code is wrong.
      markRows(root, 'not-run', EX.notRun);
      say(EX.notStarted(bootFailureText(provider.bootState.reason, provider.bootTimeoutMs)));
      return finish(false);
    }
    const failed = results.filter((r) => r.failures.length > 0).length;
    say(failed === 0 ? EX.passedAll(results.length) : EX.failedSome(failed, results.length));
    return finish(failed === 0);
  } catch (error) {
    say(EX.runtimeFailed(error instanceof Error ? error.message : String(error)));
    return finish(false);
  } finally {
    stopWatching();
  }
}
