/**
 * The self-test's decisions: what runs where (UDP and real-process demos skip on WebContainers with
 * the reason; variant-forcing scenarios stay on Node), fresh ports per scenario, and the report.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadSandboxes } from '../../src/sandbox/scenario-runner.ts';
import { selfTestSandboxes, sandboxIds, type SelfTestSandbox } from '../../src/components/self-test/self-test-data.ts';
import { formatReport, nextPort, planFor, portWasTaken, PORT_RANGE, pythonSkipReason, type SandboxOutcome } from '../../src/components/self-test/self-test-plan.ts';

const loaded = await loadSandboxes();
/** The repository's sandboxes, as import.meta.glob would hand them to the build. */
const raw: Record<string, string> = {};
for (const sb of loaded) {
  for (const name of ['sandbox.json', ...sb.sandbox.programs.map((p) => p.entry)].filter((n) => !sb.sandbox.shared.includes(n))) {
    raw[`/sandboxes/${sb.id}/${name}`] = readFileSync(join(sb.dir, name), 'utf8');
  }
  // Shared modules live once in sandboxes/_shared/ (the build's glob sees them there).
  for (const name of sb.sandbox.shared) raw[`/sandboxes/_shared/${name}`] = readFileSync(join(sb.dir, '..', '_shared', name), 'utf8');
}
const all = selfTestSandboxes(raw);
const byId = (id: string): SelfTestSandbox => {
  const sb = all.find((s) => s.id === id);
  assert.ok(sb, id);
  return sb;
};

test('the data lists every sandbox with its files and scenarios', () => {
  assert.deepEqual(sandboxIds(raw), loaded.map((s) => s.id));
  const echo = byId('tcp-echo');
  assert.ok('tcp-server.js' in echo.files && !('sandbox.json' in echo.files));
  assert.equal(echo.files['tcp-client.js'], raw['/sandboxes/_shared/tcp-client.js'], 'a shared module is mounted as the sandbox\'s own file');
  assert.ok(!sandboxIds(raw).includes('_shared'));
  assert.ok(echo.scenarios.length > 1 && echo.features.includes('net'));
});

test('on a local runtime with python3 every sandbox runs all its scenarios', () => {
  for (const sb of all) {
    const plan = planFor(sb, 'local', '3.11.7');
    assert.ok('run' in plan, sb.id);
    assert.equal(plan.run.length, sb.scenarios.length, sb.id);
    assert.equal(plan.skipped, undefined, sb.id);
  }
});

test('Python scenarios are skipped, with the reason, on a local runtime without python3 and on WebContainers', () => {
  const echo = byId('tcp-echo');
  const python = echo.scenarios.filter((s) => s.steps.some((st) => 'start' in st && st.start.startsWith('py-')));
  assert.ok(python.length >= 2, 'tcp-echo has Python scenarios');
  for (const kind of ['local', 'webcontainer'] as const) {
    const plan = planFor(echo, kind, null);
    assert.ok('run' in plan);
    assert.equal(plan.run.length, echo.scenarios.length - python.length, kind);
    assert.deepEqual(plan.skipped?.map((s) => s.name), python.map((s) => s.name), kind);
    assert.match(plan.skipped?.[0]?.reason.en ?? '', kind === 'local' ? /no python3/ : /WebContainers have no Python/);
    assert.match(plan.skipped?.[0]?.reason.zh ?? '', /Python|python3/);
  }
  const report = formatReport({ userAgent: 'ua', runtime: 'local', version: 'v', startedAt: 't' }, [{
    id: 'tcp-echo', outcome: 'pass', ms: 1,
    scenarios: [{ name: 'a', failures: [] }, { name: 'py', failures: [], skipped: pythonSkipReason('local') }],
  }]);
  assert.match(report, /PASS tcp-echo \(1 scenario, 1 ms\)\n {2}- skipped: py — the local runtime reports no python3/);
});

test('on WebContainers UDP, DNS and real-process demos are skipped, naming what is missing', () => {
  const udp = planFor(byId('udp-hello'), 'webcontainer');
  assert.ok('skip' in udp);
  assert.match(udp.skip.en, /dgram/);
  assert.match(udp.skip.zh, /dgram/);
  const zombie = planFor(byId('zombie-orphan'), 'webcontainer');
  assert.ok('skip' in zombie && /real OS processes/.test(zombie.skip.en));
  assert.ok('skip' in planFor(byId('dns-lookup'), 'webcontainer'));
});

test('on WebContainers the scenarios that fake a WebContainer on Node are left out', () => {
  const plan = planFor(byId('mutex-atomics'), 'webcontainer');
  assert.ok('run' in plan);
  assert.deepEqual(plan.run.map((s) => s.name), ['with the lock', 'without the lock (--no-lock)']);
});

test('ports: random in range, never twice in a run', () => {
  const used = new Set<number>();
  const seq = [0, 0, 0.5, 0.999999];
  let i = 0;
  const ports = [nextPort(used, () => seq[i++] ?? 0), nextPort(used, () => seq[i++] ?? 0), nextPort(used, () => seq[i++] ?? 0)];
  assert.deepEqual(ports, [PORT_RANGE.min, PORT_RANGE.min + 10_000, PORT_RANGE.max]);
  assert.equal(portWasTaken('Error: listen EADDRINUSE: address already in use 127.0.0.1:20000'), true);
  assert.equal(portWasTaken('listening on 127.0.0.1:20000'), false);
});

test('the report names browser, runtime, site version and each sandbox with its failures', () => {
  const outcomes: SandboxOutcome[] = [
    { id: 'tcp-echo', outcome: 'pass', scenarios: [{ name: 'echo', failures: [] }], ms: 1234.4 },
    { id: 'threads', outcome: 'fail', scenarios: [{ name: 'main', failures: ['output of "main": line 1 differs\n  expected:\n    | a'] }], ms: 50 },
    { id: 'udp-hello', outcome: 'skip', reason: { zh: '无', en: 'not in WebContainers: UDP' }, scenarios: [], ms: 0 },
  ];
  const report = formatReport({ userAgent: 'UA/1', runtime: 'webcontainer', version: '0.1.0 (abc)', startedAt: 'T' }, outcomes);
  assert.match(report, /^browser: UA\/1$/m);
  assert.match(report, /^runtime: webcontainer$/m);
  assert.match(report, /^site: 0\.1\.0 \(abc\)$/m);
  assert.match(report, /^result: 1 passed, 1 failed, 1 skipped$/m);
  assert.match(report, /^PASS tcp-echo \(1 scenario, 1234 ms\)$/m);
  assert.match(report, /^FAIL threads[\s\S]*✗ main\n {4}output of "main": line 1 differs\n {6}expected:/m);
  assert.match(report, /^SKIP udp-hello — not in WebContainers: UDP$/m);
});
