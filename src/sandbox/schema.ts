/**
 * Schema of `sandboxes/<id>/sandbox.json`: the author input that describes one live example.
 *
 * Validated at build time (the `<Sandbox>` component) and in the sandbox tests, so a broken
 * sandbox fails loudly with the file's name instead of rendering a half-working block.
 * Framework-free: runs in Node (tests, scripts) and in Astro alike.
 */
import { z } from 'zod';
import { scenarioUsesPython } from './program-command.ts';

/** A pair of texts, one per reading language. */
export const bilingualSchema = z.object({
  zh: z.string().min(1),
  en: z.string().min(1),
});
export type Bilingual = z.infer<typeof bilingualSchema>;

const programName = z.string().regex(/^[a-z][a-z0-9-]*$/, 'program names are kebab-case');

/** What a program is written in: `node` (the default) runs with `node`, `python` with `python3`. */
export const languageSchema = z.enum(['node', 'python']);
export type Language = z.infer<typeof languageSchema>;

/** The entry file each language runs. */
const ENTRY_EXTENSION: Record<Language, RegExp> = { node: /\.(js|mjs)$/, python: /\.py$/ };

/** One program of a sandbox: shown as one terminal panel with its own Run button. */
export const programSchema = z.object({
  /** Stable name used by tests and the UI hook `[data-program="<name>"]`, e.g. `server`. */
  name: programName,
  /** File inside the sandbox folder that the program runs, e.g. `tcp-server.js` (`.py` for Python). */
  entry: z.string().regex(/^[\w./-]+\.(js|mjs|py)$/, 'entry must be a .js, .mjs or .py file'),
  /**
   * `python` for the author's Python (the original or a corrected copy), run with `python3` on the
   * local runtime only — WebContainers have no Python, so there its panel shows the recording.
   * Its scenarios run where python3 exists and are skipped, with the reason, where it does not.
   * @default "node"
   */
  language: languageSchema.default('node'),
  /**
   * For a Python program: `original` runs the seed's code as written; `corrected` is a copy with
   * minimal, explained changes (ports from PORT, `if __name__ == '__main__':`, the errata's fixes), marked
   * 修正版 / corrected with its diff against `original.py` one click away. Not for Node programs.
   */
  python: z.object({
    kind: z.enum(['original', 'corrected']),
    /** Lines of the seed notes the program comes from (`"133-178"`): the diff is taken against them. */
    seed: z.string().regex(/^\d+-\d+$/, 'seed lines are a range such as "133-178"').optional(),
    /** What was changed and why (required for a corrected copy), shown above the diff. */
    changes: bilingualSchema.optional(),
  }).strict().optional(),
  /** Extra command-line arguments, e.g. `["--naive"]`. @default [] */
  args: z.array(z.string()).default([]),
  /**
   * Flags the page text promises (e.g. `--serial`), offered one click away under the program's
   * arguments field (`[data-args]`), each with a bilingual note on what it changes. The program must
   * read the flag itself (`process.argv.includes(flag)`). @default []
   */
  flags: z.array(z.object({
    flag: z.string().regex(/^--?[a-z][\w-]*$/, 'a flag looks like --serial'),
    zh: z.string().min(1),
    en: z.string().min(1),
  }).strict()).default([]),
  /** Panel label; the program name is shown when absent. */
  label: bilingualSchema.optional(),
});
export type Program = z.infer<typeof programSchema>;

export const runtimeKindSchema = z.enum(['webcontainer', 'local']);
export type RuntimeKind = z.infer<typeof runtimeKindSchema>;

/**
 * What a sandbox relies on that a runtime may lack — the WebContainer especially. Each sandbox lists
 * the ones it uses (sandbox.json `features`), the self-test page shows them, and a sandbox whose
 * features the current runtime lacks is skipped there with the reason in {@link FEATURES}.
 */
export const FEATURES = {
  /** TCP sockets (`node:net`). WebContainers virtualise them inside the page: fine. */
  net: { webcontainer: true, zh: 'TCP 套接字（node:net）', en: 'TCP sockets (node:net)' },
  /** UDP sockets (`node:dgram`): WebContainers have no `dgram` module. */
  dgram: { webcontainer: false, zh: 'UDP 套接字（node:dgram），WebContainer 中没有 dgram 模块', en: 'UDP sockets (node:dgram): WebContainers have no dgram module' },
  /** Name resolution (`node:dns`): WebContainers cannot ask a real DNS server. */
  dns: { webcontainer: false, zh: '域名解析（node:dns），WebContainer 中无法查询真实的 DNS', en: 'name resolution (node:dns): WebContainers cannot query real DNS' },
  /** Starting Node child processes (`node:child_process` fork/spawn of `node`). WebContainers emulate them. */
  child_process: { webcontainer: true, zh: '子进程（node:child_process）', en: 'child processes (node:child_process)' },
  /** Threads (`node:worker_threads`). WebContainers back them with web workers. */
  worker_threads: { webcontainer: true, zh: '线程（node:worker_threads）', en: 'threads (node:worker_threads)' },
  /** `SharedArrayBuffer` memory shared between threads: needs a cross-origin isolated page. */
  'shared-memory': { webcontainer: true, zh: '共享内存（SharedArrayBuffer，页面需跨源隔离）', en: 'shared memory (SharedArrayBuffer; the page must be cross-origin isolated)' },
  /** `Atomics.wait` (sleeping until notified): tools switch it off in WebContainers, so the program
   * runs an `Atomics.wait`-free variant there (it checks `process.versions.webcontainer` itself). */
  'atomics-wait': { webcontainer: true, zh: 'Atomics.wait（WebContainer 中改用不含 Atomics.wait 的写法）', en: 'Atomics.wait (on WebContainers the program switches to a variant without it)' },
  /** Reads typed lines from stdin. WebContainers pass them through a tty. */
  stdin: { webcontainer: true, zh: '从标准输入读取', en: 'reads standard input' },
  /** Signal handlers (`process.on('SIGTERM')`) or exits by signal. WebContainers' `kill()` takes no signal. */
  signals: { webcontainer: true, zh: '信号（WebContainer 的 kill() 不带信号，处理函数不会运行）', en: 'signals (WebContainers\' kill() takes no signal; handlers do not run)' },
  /** Real operating-system processes: zombies, orphans re-parented, `ps`. WebContainers have none. */
  'real-processes': { webcontainer: false, zh: '真实的操作系统进程（僵尸、孤儿、ps），WebContainer 中没有', en: 'real OS processes (zombies, orphans, ps): WebContainers have none' },
} as const satisfies Record<string, { webcontainer: boolean; zh: string; en: string }>;
export type Feature = keyof typeof FEATURES;
export const featureSchema = z.enum(Object.keys(FEATURES) as [Feature, ...Feature[]]);

/** A program instance inside a scenario: the program name, or an alias given with `as`. */
const instanceId = z.string().min(1);

/** One step of a scenario; steps run strictly in order. */
export const stepSchema = z.union([
  /** Start a program (entry + its args + these extra args). `as` names the instance when a program runs twice. */
  z.object({
    start: programName,
    as: instanceId.optional(),
    args: z.array(z.string()).optional(),
    env: z.record(z.string(), z.string()).optional(),
  }).strict(),
  /** Wait until a line of the instance's output contains `text` (or matches the regex `pattern`).
   * Only output after the previous `waitFor` match of that instance counts; an unfinished line
   * (a prompt) counts too. */
  z.object({
    waitFor: instanceId,
    text: z.string().optional(),
    pattern: z.string().optional(),
  }).strict().refine((s) => (s.text === undefined) !== (s.pattern === undefined), 'waitFor needs exactly one of text or pattern'),
  /** Type a line into the instance's stdin (a newline is added). */
  z.object({ type: instanceId, line: z.string() }).strict(),
  /** Close the instance's stdin (Ctrl-D). */
  z.object({ endInput: instanceId }).strict(),
  /** Send a signal to the instance. @default "SIGTERM" */
  z.object({ kill: instanceId, signal: z.enum(['SIGTERM', 'SIGKILL', 'SIGINT']).optional() }).strict(),
  /** Wait for the instance to exit; check the exit code when `code` is given. */
  z.object({ waitExit: instanceId, code: z.number().int().optional() }).strict(),
]);
export type Step = z.infer<typeof stepSchema>;

/**
 * A line matcher: a plain string must equal the whole (trimmed) line, as printed or in its
 * normalised form (ports → `<PORT>`, pids → `<PID>`, see transcript.ts); a string written
 * as `/…/` (flags allowed after the last slash) is a regular expression tested against the line.
 * Lines are taken with the scenario's prompts stripped from their start; blank lines are dropped.
 */
const matcher = z.string();

/** What must hold of one instance's output once the steps are done. */
export const expectationSchema = z.object({
  of: instanceId,
  /** The complete output, line by line (prompts stripped, blank lines dropped). */
  lines: z.array(matcher).optional(),
  /** Each matcher matches at least one line. */
  includes: z.array(matcher).optional(),
  /** Matching lines appear in this relative order. */
  inOrder: z.array(matcher).optional(),
  /** No line matches any of these. */
  excludes: z.array(matcher).optional(),
  /** How many lines match. */
  count: z.array(z.object({
    line: matcher,
    equals: z.number().int().optional(),
    min: z.number().int().optional(),
    max: z.number().int().optional(),
  })).optional(),
  /** A number captured by the first group of `pattern` lies in [min, max]. */
  number: z.array(z.object({
    pattern: z.string(),
    min: z.number().optional(),
    max: z.number().optional(),
  })).optional(),
  /** Wall time from start to exit, in milliseconds. */
  durationMs: z.object({ min: z.number().optional(), max: z.number().optional() }).optional(),
}).strict();
export type Expectation = z.infer<typeof expectationSchema>;

export const scenarioSchema = z.object({
  /** Short name shown in test output, e.g. `echo`. */
  name: z.string().min(1),
  /** Extra environment for every program (e.g. `{"DEMO_TIME_SCALE": "0.1"}`); PORT is always set by the runner. */
  env: z.record(z.string(), z.string()).default({}),
  /** Give up (and fail) after this long. @default 20000 */
  timeoutMs: z.number().int().positive().default(20_000),
  /** Prompts stripped from the start of output lines before matching, e.g. `请输入命令:`. @default [] */
  prompts: z.array(z.string()).default([]),
  /** Also record this scenario into transcript.json (under `more`), for the programs that no earlier
   * recorded scenario starts — so a Python program has a recording to show where it cannot run. */
  record: z.boolean().optional(),
  /** Runtimes this scenario is meant for (the self-test page skips it elsewhere), e.g. `["local"]` for
   * a scenario that fakes `process.versions.webcontainer` to test the WebContainer variant on Node.
   * @default the sandbox's runtimes */
  runtimes: z.array(runtimeKindSchema).min(1).optional(),
  steps: z.array(stepSchema).min(1),
  expect: z.array(expectationSchema).default([]),
  /** How the recording is made stable (first scenario only; see src/sandbox/transcript.ts). */
  transcript: z.object({
    /** Extra replacements on recorded output after the built-in ones (pids, ports, durations, temp paths). */
    replace: z.array(z.object({ pattern: z.string(), with: z.string() }).strict()).default([]),
    /** Output whose line order legitimately varies: the lines of instance `of` accepted by the matcher
     * `match` (all lines when absent) are sorted among the positions they occupy. */
    sortLines: z.array(z.object({ of: instanceId, match: matcher.optional() }).strict()).default([]),
  }).strict().optional(),
}).strict();
export type Scenario = z.infer<typeof scenarioSchema>;

export const sandboxSchema = z.object({
  title: bilingualSchema,
  /** One or two sentences shown under the title. */
  description: bilingualSchema.optional(),
  /** Seed blocks this sandbox stands for, e.g. `["B3", "B4"]`; `X-…` marks an added example. */
  blocks: z.array(z.string()).default([]),
  programs: z.array(programSchema).min(1),
  /** Modules of `sandboxes/_shared/` this sandbox uses (e.g. `["frame.js"]`), mounted beside its own
   * files as if they were its own (src/sandbox/shared-files.ts). @default [] */
  shared: z.array(z.string().regex(/^[\w.-]+\.(js|mjs|json)$/, 'a shared module is a file name such as frame.js')).default([]),
  /** Where the example can run. UDP and real-process demos are `["local"]`. */
  runtimes: z.array(runtimeKindSchema).min(1),
  /** What it relies on that a runtime may lack (vocabulary and meaning: {@link FEATURES}). `[]` for
   * plain computation. A sandbox listing a feature WebContainers lack must not list `webcontainer`. */
  features: z.array(featureSchema).default([]),
  /** Scenarios run by the tests; the first one is recorded as `transcript.json`. */
  scenarios: z.array(scenarioSchema).min(1),
}).strict().superRefine((sb, ctx) => {
  const names = new Set<string>();
  for (const p of sb.programs) {
    if (names.has(p.name)) ctx.addIssue({ code: 'custom', message: `duplicate program name "${p.name}"` });
    names.add(p.name);
    if (!ENTRY_EXTENSION[p.language].test(p.entry)) {
      ctx.addIssue({ code: 'custom', path: ['programs'], message: `program "${p.name}" (${p.language}) cannot run ${p.entry}` });
    }
    if (p.python && p.language !== 'python') ctx.addIssue({ code: 'custom', path: ['programs'], message: `program "${p.name}": "python" is for Python programs` });
    if (p.python?.kind === 'corrected' && !p.python.changes) ctx.addIssue({ code: 'custom', path: ['programs'], message: `program "${p.name}": a corrected copy says what changed ("changes")` });
    if (p.language === 'python' && !p.python) ctx.addIssue({ code: 'custom', path: ['programs'], message: `program "${p.name}": say whether it is the "original" or a "corrected" copy ("python": {"kind": …})` });
  }
  sb.scenarios.forEach((sc, i) => {
    // WebContainers have no Python: a scenario that starts a Python program is for the local runtime.
    if (scenarioUsesPython(sb.programs, sc) && (sc.runtimes ?? sb.runtimes).includes('webcontainer')) {
      ctx.addIssue({ code: 'custom', path: ['scenarios', i, 'runtimes'], message: `scenario "${sc.name}" starts a Python program: its runtimes must be ["local"]` });
    }
  });
  const missing = sb.features.filter((f) => !FEATURES[f].webcontainer);
  if (sb.runtimes.includes('webcontainer') && missing.length) {
    ctx.addIssue({ code: 'custom', path: ['runtimes'], message: `lists webcontainer, but WebContainers lack ${missing.join(', ')}` });
  }
});
export type Sandbox = z.infer<typeof sandboxSchema>;

export { commandLine, programCommand, scenarioUsesPython } from './program-command.ts';

/** Files in a sandbox folder that are metadata, not program files. */
export const METADATA_FILES = new Set(['sandbox.json', 'transcript.json', 'original.py']);

/**
 * Parse and validate a sandbox.json text. Throws an Error whose message names `file`
 * and every problem, so a build log points straight at the mistake.
 */
export function parseSandbox(text: string, file: string): Sandbox {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    throw new Error(`${file}: not valid JSON (${(err as Error).message})`);
  }
  const result = sandboxSchema.safeParse(data);
  if (!result.success) {
    const problems = result.error.issues.map((i) => `  - ${i.path.join('.') || '(root)'}: ${i.message}`);
    throw new Error(`${file}: invalid sandbox.json\n${problems.join('\n')}`);
  }
  return result.data;
}
