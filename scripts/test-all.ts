/**
 * `npm test`: every test layer, in order — Node tests (unit, integration, sandbox scenarios), the
 * site build, then the browser tests against the built site. Prints each layer's counts and a
 * closing `N passed, N failed` line; exits non-zero when anything failed.
 */
import { spawn } from 'node:child_process';
import { readFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

/** Run a command, mirroring its output, and return its exit code and output. */
function run(cmd: string, args: string[]): Promise<{ code: number; out: string }> {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d: Buffer) => { out += d; process.stdout.write(d); });
    child.stderr.on('data', (d: Buffer) => { out += d; process.stderr.write(d); });
    child.on('close', (code) => resolve({ code: code ?? 1, out }));
  });
}

function count(out: string, label: string): number {
  const m = new RegExp(`^ℹ ${label} (\\d+)$`, 'm').exec(out);
  return m ? Number(m[1]) : 0;
}

const started = Date.now();
// Build first: the `npm start` integration test and the browser tests use the built sites
// (dist/ for `npm start`, dist-pages/ for the GitHub Pages preview).
const build = await run(npm, ['run', 'build']);
const pagesBuild = build.code === 0
  ? await run(process.execPath, [...process.execArgv, 'scripts/build-site.ts', 'dist-pages', '--force'])
  : build;
// The WebContainer stand-in build (dist-standin/: `@webcontainer/api` replaced by tests/webcontainer-standin/).
const standinBuild = pagesBuild.code === 0
  ? await run(process.execPath, [...process.execArgv, 'tests/webcontainer-standin/build.ts', '--force'])
  : pagesBuild;
const node = await run(process.execPath, [...process.execArgv,
  '--test', '--test-reporter=spec',
  'tests/unit/**/*.test.ts', 'tests/integration/**/*.test.ts', 'tests/sandboxes/**/*.test.ts',
]);
const nodeCounts = { pass: count(node.out, 'pass'), fail: count(node.out, 'fail'), skipped: count(node.out, 'skipped') };

let e2e = { pass: 0, fail: 0, skipped: 0 };
let e2eCode = 1;
if (build.code === 0 && pagesBuild.code === 0) {
  const pw = await run(process.execPath, [join(root, 'node_modules/@playwright/test/cli.js'), 'test']);
  e2eCode = pw.code;
  const report = join(root, 'test-results/e2e-results.json');
  if (existsSync(report)) {
    const stats = JSON.parse(readFileSync(report, 'utf8')).stats as { expected: number; unexpected: number; skipped: number; flaky: number };
    e2e = { pass: stats.expected + stats.flaky, fail: stats.unexpected, skipped: stats.skipped };
  }
  if (e2eCode !== 0 && e2e.fail === 0) e2e.fail = 1; // the runner itself failed
} else {
  console.error('构建失败，跳过浏览器测试。 / The build failed: browser tests not run.');
}
// The WebContainer path through the stand-in, in both tty echo modes (playwright.standin.config.ts).
let standin = { pass: 0, fail: 0, skipped: 0 };
if (standinBuild.code === 0) {
  const pw = await run(process.execPath, [join(root, 'node_modules/@playwright/test/cli.js'), 'test', '-c', 'playwright.standin.config.ts']);
  const report = join(root, 'test-results/e2e-standin-results.json');
  if (existsSync(report)) {
    const stats = JSON.parse(readFileSync(report, 'utf8')).stats as { expected: number; unexpected: number; skipped: number; flaky: number };
    standin = { pass: stats.expected + stats.flaky, fail: stats.unexpected, skipped: stats.skipped };
  }
  if (pw.code !== 0 && standin.fail === 0) standin.fail = 1;
} else {
  console.error('构建失败，跳过浏览器测试。 / The build failed: browser tests not run.');
}

const seconds = ((Date.now() - started) / 1000).toFixed(0);
console.log('');
console.log(`node tests (unit, integration, sandboxes): ${nodeCounts.pass} passed, ${nodeCounts.fail} failed, ${nodeCounts.skipped} skipped`);
console.log(`e2e tests (Chromium, built site): ${e2e.pass} passed, ${e2e.fail} failed, ${e2e.skipped} skipped`);
console.log(`e2e tests (Chromium, WebContainer stand-in): ${standin.pass} passed, ${standin.fail} failed, ${standin.skipped} skipped`);
console.log(`total time: ${seconds} s`);
const failed = nodeCounts.fail + e2e.fail + standin.fail + (node.code !== 0 && nodeCounts.fail === 0 ? 1 : 0) + (build.code !== 0 || pagesBuild.code !== 0 || standinBuild.code !== 0 ? 1 : 0);
console.log(`${nodeCounts.pass + e2e.pass + standin.pass} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
