/**
 * Runs a sandbox's scenario through the page, the way a reader would: Run buttons, typing into
 * terminals, Stop. Only scenarios the UI can express are driven (no extra args, aliases or env);
 * their `waitFor` steps and plain expectations are checked against what the terminals show.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Page } from '@playwright/test';
import { parseSandbox, type Sandbox, type Scenario, type Step } from '../../src/sandbox/schema.ts';
import { compileMatcher } from '../../src/sandbox/scenario-match.ts';

export const ROOT = join(import.meta.dirname, '..', '..');

/** The sandbox's parsed sandbox.json, or null when the folder is not there (yet). */
export function loadSandbox(id: string): Sandbox | null {
  const file = join(ROOT, 'sandboxes', id, 'sandbox.json');
  return existsSync(file) ? parseSandbox(readFileSync(file, 'utf8'), `sandboxes/${id}/sandbox.json`) : null;
}

/** The page that shows `<Sandbox id="…" />`, as a site path, or null. */
export function pageOf(id: string): string | null {
  const docs = join(ROOT, 'src', 'content', 'docs');
  for (const name of readdirSync(docs)) {
    if (!/\.mdx?$/.test(name)) continue;
    if (readFileSync(join(docs, name), 'utf8').includes(`<Sandbox id="${id}"`)) {
      const slug = name.replace(/\.mdx?$/, '');
      return slug === 'index' ? '/' : `/${slug}/`;
    }
  }
  return null;
}

/** Why a step cannot be done with the page's buttons, or null when it can. */
function undrivable(step: Step, programs: Set<string>): string | null {
  if ('start' in step) {
    if (step.as || step.args?.length || step.env) return `step starts "${step.start}" with args/alias/env`;
    return programs.has(step.start) ? null : `unknown program ${step.start}`;
  }
  if ('kill' in step && step.signal === 'SIGKILL') return 'SIGKILL has no button';
  const instance = 'waitFor' in step ? step.waitFor : 'type' in step ? step.type : 'endInput' in step ? step.endInput : 'kill' in step ? step.kill : step.waitExit;
  return programs.has(instance) ? null : `instance "${instance}" is an alias`;
}

/** The first scenario the UI can drive, or the reasons none can. */
export function drivableScenario(sandbox: Sandbox): { scenario: Scenario } | { reason: string } {
  const programs = new Set(sandbox.programs.map((p) => p.name));
  const reasons: string[] = [];
  for (const scenario of sandbox.scenarios) {
    if (Object.keys(scenario.env).length > 0) {
      reasons.push(`${scenario.name}: needs env`);
      continue;
    }
    const bad = scenario.steps.map((s) => undrivable(s, programs)).find((r) => r !== null);
    if (bad) reasons.push(`${scenario.name}: ${bad}`);
    else return { scenario };
  }
  return { reason: reasons.join('; ') };
}

const panel = (page: Page, id: string, name: string) => page.locator(`live-sandbox[data-sandbox="${id}"] [data-program="${name}"]`);

/** Everything a program's terminal shows, rows joined (a wrapped line reads as one). */
async function screenText(page: Page, id: string, name: string): Promise<string> {
  const p = panel(page, id, name);
  await p.locator('[data-terminal]').scrollIntoViewIfNeeded();
  return (await p.locator('.xterm-rows').textContent()) ?? '';
}

/** A matcher applied to the joined screen: regex anchors dropped, `<PORT>`-style placeholders skipped. */
function screenMatcher(matcher: string): ((screen: string) => boolean) | null {
  const re = /^\/(.+)\/([a-z]*)$/s.exec(matcher);
  if (re) {
    const body = (re[1] ?? '').replace(/^\^/, '').replace(/\$$/, '');
    const compiled = compileMatcher(`/${body}/${re[2] ?? ''}`);
    return (screen) => compiled.test(screen);
  }
  if (/<[A-Z]+>/.test(matcher)) return null;
  const plain = matcher.trim().replace(/\s+/g, ' ');
  return (screen) => screen.replace(/\s+/g, ' ').includes(plain);
}

/** Drive `scenario` of sandbox `id` on the current page and check what the terminals show. */
export async function driveScenario(page: Page, id: string, scenario: Scenario): Promise<void> {
  for (const step of scenario.steps) {
    if ('start' in step) {
      await panel(page, id, step.start).locator('[data-action="run"]').click();
      await expect(panel(page, id, step.start)).toHaveAttribute('data-status', /running|exited/);
    } else if ('waitFor' in step) {
      const want = step.text ?? new RegExp(step.pattern ?? '');
      await expect.poll(async () => {
        const text = await screenText(page, id, step.waitFor);
        return typeof want === 'string' ? text.includes(want) : want.test(text);
      }, { message: `${step.waitFor} shows ${String(want)}` }).toBe(true);
    } else if ('type' in step || 'endInput' in step) {
      const name = 'type' in step ? step.type : step.endInput;
      await panel(page, id, name).locator('[data-terminal]').click();
      if ('type' in step) {
        await page.keyboard.type(step.line);
        await page.keyboard.press('Enter');
      } else await page.keyboard.press('Control+D');
    } else if ('kill' in step) {
      await panel(page, id, step.kill).locator('[data-action="stop"]').click();
    } else {
      await expect(panel(page, id, step.waitExit)).toHaveAttribute('data-status', 'exited');
      if (step.code !== undefined) await expect(panel(page, id, step.waitExit)).toHaveAttribute('data-exit-code', String(step.code));
    }
  }
  for (const exp of scenario.expect) {
    const matchers = [...(exp.lines ?? []), ...(exp.includes ?? []), ...(exp.inOrder ?? [])];
    const screen = await screenText(page, id, exp.of);
    for (const m of matchers) {
      const test = screenMatcher(m);
      if (test) expect(test(screen), `${exp.of} shows ${m}\n--- screen ---\n${screen}`).toBe(true);
    }
  }
}
