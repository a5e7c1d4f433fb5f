/**
 * The WebContainer path of the site, driven through `?runtime=webcontainer` on the stand-in build
 * (dist-standin/), in both tty echo modes: what a reader sees in the terminals.
 */
import { test, expect, type Page } from '@playwright/test';
import { driveScenario, drivableScenario, loadSandbox, pageOf } from './drive-scenario.ts';
import { expectOnScreen, program, run, typeLine } from '../e2e/sandbox-helpers.ts';
import { checkExpectation, outputLines } from '../../src/sandbox/scenario-match.ts';
import { normaliseText } from '../../src/sandbox/transcript.ts';
import type { Scenario } from '../../src/sandbox/schema.ts';

/**
 * Every line of a program's terminal, scrollback included (the DOM rows hold only the rows in
 * view), from the terminal panel's `terminalText` hook.
 */
async function rows(page: Page, name: string, id: string): Promise<string[]> {
  const text = await program(page, name, id).locator('[data-terminal]').evaluate((el) => (el as unknown as { terminalText(): string }).terminalText());
  return text.split('\n');
}

/**
 * The scenario's expectations against what the terminals show: the lines typed (echoed on screen,
 * not part of the program's output) are taken out once each; timing checks are left to the
 * scenario tests (the page runs at the normal pace).
 */
async function expectationsHold(page: Page, id: string, scenario: Scenario, prompts: readonly string[]): Promise<void> {
  const typed = new Map<string, string[]>();
  for (const step of scenario.steps) if ('type' in step) typed.set(step.type, [...(typed.get(step.type) ?? []), step.line.trim()]);
  for (const exp of scenario.expect) {
    const lines = outputLines((await rows(page, exp.of, id)).join('\n'), prompts);
    for (const line of typed.get(exp.of) ?? []) {
      const at = lines.indexOf(line);
      if (at >= 0) lines.splice(at, 1);
    }
    const { durationMs: _d, number: _n, ...check } = exp;
    // Ports, pids and times in their normalised form (`<PORT>` …), as the scenario tests compare them.
    const normalise = (text: string): string => normaliseText(text, { ports: [], pids: [], tmpDirs: [], replace: scenario.transcript?.replace ?? [] });
    expect(checkExpectation(check, lines, undefined, normalise), `${id} › ${scenario.name} › ${exp.of}`).toEqual([]);
  }
}

/** A staircase (bare `\n` without a carriage return) shows as rows that start with spaces. */
const stray = (lines: string[]): string[] => lines.filter((l) => /^\s+\S/.test(l.replace(/\u00a0/g, ' ')));

for (const echo of ['on', 'off'] as const) {
  const query = `?runtime=webcontainer&standin-echo=${echo}`;

  test.describe(`stand-in, tty echo ${echo}`, () => {
    test('tcp-echo: hello shows once, HELLO comes back, no staircase', async ({ page }) => {
      await page.goto(`/tcp-udp-sockets/${query}`);
      await run(page, 'server');
      await expectOnScreen(page, 'server', 'listening on');
      await expect(page.locator('live-sandbox[data-sandbox="tcp-echo"]')).toHaveAttribute('data-runtime', 'webcontainer');
      await run(page, 'client');
      await expectOnScreen(page, 'client', '输入要发送的信息：');
      await typeLine(page, 'client', 'hello');
      await expectOnScreen(page, 'client', 'HELLO');
      await typeLine(page, 'client', 'second');
      await expectOnScreen(page, 'client', 'SECOND');
      const client = await rows(page, 'client', 'tcp-echo');
      const text = client.join('\n');
      expect(text.match(/hello/g)?.length, text).toBe(1);
      expect(text.match(/second/g)?.length, text).toBe(1);
      expect(stray(client), text).toEqual([]);
      const server = await rows(page, 'server', 'tcp-echo');
      expect(stray(server), server.join('\n')).toEqual([]);
      await typeLine(page, 'client', 'quit');
      await expect(program(page, 'client')).toHaveAttribute('data-status', 'exited');
    });

    test('a one-shot program (process-join) shows its last line once it has exited', async ({ page }) => {
      await page.goto(`${pageOf('process-join')}${query}`);
      await program(page, 'main', 'process-join').locator('[data-action="run"]').click();
      await expect(program(page, 'main', 'process-join')).toHaveAttribute('data-status', 'exited');
      await expect(program(page, 'main', 'process-join')).toHaveAttribute('data-exit-code', '0');
      // Read once, right after exit: the last line (printed just before exit, delivered late) is there.
      const lines = (await rows(page, 'main', 'process-join')).map((l) => l.trim()).filter(Boolean);
      expect(lines.at(-1), lines.join('\n')).toMatch(/^主 \d+(\.\d+)?$/);
      expect(lines.filter((l) => / is over$/.test(l))).toHaveLength(3);
      expect(stray(lines)).toEqual([]);
    });

    for (const id of ['remote-command', 'process-join', 'queue-ipc', 'threads']) {
      test(`${id}: its first scenario runs through the stand-in`, async ({ page }) => {
        const sandbox = loadSandbox(id);
        const path = pageOf(id);
        expect(sandbox, `sandboxes/${id}/sandbox.json`).not.toBeNull();
        expect(path, `a page shows <Sandbox id="${id}" />`).not.toBeNull();
        // Scenarios that set env (only a time scale here) run at the normal pace on the page.
        const scenario = drivableScenario({ ...sandbox!, scenarios: sandbox!.scenarios.map((s) => ({ ...s, env: {} })) });
        if ('reason' in scenario) throw new Error(`no scenario the page can drive: ${scenario.reason}`);
        await page.goto(`${path}${query}`);
        await driveScenario(page, id, { ...scenario.scenario, expect: [] });
        await expect(() => expectationsHold(page, id, scenario.scenario, scenario.scenario.prompts ?? [])).toPass({ timeout: 15_000 });
        await expect(page.locator(`live-sandbox[data-sandbox="${id}"]`)).toHaveAttribute('data-runtime', 'webcontainer');
      });
    }
  });
}

test('a boot that answers after the timeout: the page first explains, then says it is ready, and Run works', async ({ page }) => {
  await page.goto('/tcp-udp-sockets/?runtime=webcontainer&standin-boot=5000&bootTimeout=1500');
  await program(page, 'server').locator('[data-action="run"]').click();
  const explain = page.locator('live-sandbox[data-sandbox="tcp-echo"] [data-explain]');
  await expect(explain).toHaveAttribute('data-reason', 'timeout');
  await expect(explain).toContainText('did not start within 1.5 s');
  await expect(explain).toHaveAttribute('data-reason', 'late-ready');
  await expect(explain).toContainText('started after all');
  await run(page, 'server');
  await expectOnScreen(page, 'server', 'listening on');
});

test.describe('on an iPhone', () => {
  test.use({ userAgent: 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.2 Mobile/15E148 Safari/604.1' });

  test('the WebContainer is not booted until asked; the link boots it', async ({ page }) => {
    await page.goto('/tcp-udp-sockets/?runtime=webcontainer');
    await program(page, 'server').locator('[data-action="run"]').click();
    const explain = page.locator('live-sandbox[data-sandbox="tcp-echo"] [data-explain]');
    await expect(explain).toHaveAttribute('data-reason', 'ask');
    await expect(explain).toContainText('not started automatically');
    await expect(program(page, 'server')).toHaveAttribute('data-status', 'failed');
    await explain.locator('[data-action="boot-anyway"]').click();
    await expect(page).toHaveURL(/boot=force/);
    await run(page, 'server');
    await expectOnScreen(page, 'server', 'listening on');
  });
});
