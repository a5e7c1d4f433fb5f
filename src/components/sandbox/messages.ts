/**
 * Every text the live sandbox shows, in both reading languages. The page shows one or both halves
 * through the `lang-zh` / `lang-en` classes (html[data-lang]), so accessible names follow the mode.
 */
import type { Bilingual } from '../../sandbox/schema.ts';
import type { BootFailureReason } from '../../runtime/boot-state.ts';

const m = (zh: string, en: string): Bilingual => ({ zh, en });

export const LABELS = {
  run: m('运行', 'Run'),
  stop: m('停止', 'Stop'),
  restart: m('重新运行', 'Restart'),
  reset: m('恢复原始代码', 'Reset'),
  undo: m('撤销恢复', 'Undo reset'),
  original: m('原文', 'Original'),
  recording: m('录制的输出', 'Recorded output'),
  edited: m('已修改', 'edited'),
  files: m('文件', 'Files'),
  terminal: (program: Bilingual) => m(`${program.zh}终端`, `${program.en} terminal`),
  runtime: m('运行环境：', 'Runtime:'),
  webcontainer: m('WebContainer（浏览器内）', 'WebContainer (in the browser)'),
  local: m('本机（在你的电脑上运行）', 'Local (runs on your computer)'),
  switchTo: { webcontainer: m('改用 WebContainer', 'Use WebContainer'), local: m('改用本机运行', 'Use the local runtime') },
  reload: m('刷新页面', 'Reload the page'),
  booting: m('正在启动 WebContainer…', 'Starting the WebContainer…'),
} as const;

/** The text of a `[data-status]` value. */
export function statusText(status: 'idle' | 'starting' | 'running' | 'exited' | 'failed', code?: number): Bilingual {
  switch (status) {
    case 'idle':
      return m('未运行', 'Not running');
    case 'starting':
      return m('启动中…', 'Starting…');
    case 'running':
      return m('运行中', 'Running');
    case 'exited':
      return m(`已退出（退出码 ${code ?? '?'}）`, `Exited (code ${code ?? '?'})`);
    case 'failed':
      return m('无法运行', 'Failed to run');
  }
}

/** Why the WebContainer cannot run, in the reader's words. */
export function bootFailureText(reason: BootFailureReason, timeoutMs: number): Bilingual {
  const seconds = Math.round(timeoutMs / 100) / 10;
  switch (reason) {
    case 'unsupported':
      return m('这个浏览器无法运行 WebContainer（需要较新的 Chrome、Edge 或 Firefox）。', 'This browser cannot run WebContainers (a recent Chrome, Edge or Firefox is needed).');
    case 'browser':
      return m('WebContainer 不支持这个浏览器（Safari 需要 16.4 以上；推荐桌面版 Chrome 或 Edge）。', 'WebContainers do not support this browser (Safari needs 16.4 or later; desktop Chrome or Edge is recommended).');
    case 'ask':
      return m('在 iOS 和移动设备上 WebContainer 往往无法运行，所以没有自动启动。', 'WebContainers often fail on iOS and mobile devices, so it was not started automatically.');
    case 'storage-blocked':
      return m('浏览器阻止了第三方 Cookie 或存储（隐私设置或拦截插件），WebContainer 需要它们才能启动。', 'The browser blocked third-party cookies or storage (privacy settings or a blocker), which WebContainers need to start.');
    case 'not-isolated':
      return m('页面没有跨源隔离（缺少 COOP/COEP 响应头），WebContainer 无法启动。', 'The page is not cross-origin isolated (the COOP/COEP headers are missing), so the WebContainer cannot start.');
    case 'timeout':
      return m(`WebContainer 在 ${seconds} 秒内没有启动：可能无法访问 stackblitz.com（离线或被拦截）。`, `The WebContainer did not start within ${seconds} s: stackblitz.com may be unreachable (offline or blocked).`);
    case 'error':
      return m('WebContainer 启动失败。', 'The WebContainer failed to start.');
  }
}

export const ADVICE = {
  /** After a timeout, in the sandbox's explanation box: a late boot is reported there (runtime-indicator.ts). */
  lateBoot: m('如果它稍后启动成功，这里会告诉你。', 'If it starts later after all, this box will say so.'),
  reload: m('可以刷新页面再试一次。', 'You can reload the page to try again.'),
  useLocal: m('也可以改用本机运行：代码会在你的电脑上以真实进程运行。', 'You can switch to the local runtime: the code then runs as real processes on your machine.'),
  npmStart: m('想亲自运行，可以克隆本项目并执行 npm start，在本机运行这些例子。', 'To run it yourself, clone the project and run npm start to run the examples on your machine.'),
  transcript: m('下面每个程序的“录制的输出”显示了它真实运行时的样子。', 'The “Recorded output” of each program below shows what a real run looks like.'),
  browserOnlyRecording: m(
    '这个例子（UDP、真实进程等）无法在浏览器的 WebContainer 中运行，所以这里显示录制的输出。',
    'This example (UDP, real processes, …) cannot run in the browser’s WebContainer, so the recorded output is shown here.',
  ),
};

export const NOTES = {
  stoppedByOther: m('已停止：页面上另一个沙盒开始运行了，同一时间只运行一个（例子共用端口）。', 'Stopped: another sandbox on this page started, and only one runs at a time (the examples share ports).'),
  stoppedOthers: m('页面上另一个正在运行的沙盒已停止：同一时间只运行一个。', 'The other sandbox running on this page was stopped: only one runs at a time.'),
  resetDone: m('已恢复原始代码。', 'The original code is back.'),
  startFailed: (detail: string) => m(`无法启动：${detail}`, `Could not start: ${detail}`),
  skipped: (count: number) => `\r\n[… 输出太多，跳过了 ${count} 个字符 / ${count} characters skipped …]\r\n`,
};

/** Append the two halves of `text` to `parent` as `lang-zh` / `lang-en` spans (replacing its content). */
export function setBilingual(parent: Element, text: Bilingual): void {
  const doc = parent.ownerDocument;
  const zh = doc.createElement('span');
  zh.className = 'lang-zh';
  zh.lang = 'zh-CN';
  zh.textContent = text.zh;
  const en = doc.createElement('span');
  en.className = 'lang-en';
  en.lang = 'en';
  en.textContent = text.en;
  parent.replaceChildren(zh, ' ', en);
}

/** One string for places that take plain text (aria-label of a canvas-like widget): per reading mode. */
export function pickText(text: Bilingual, mode: string | undefined): string {
  if (mode === 'zh') return text.zh;
  if (mode === 'en') return text.en;
  return `${text.zh} / ${text.en}`;
}

/** Pairing the page with a local runtime the reader starts (`npx live-sockets runtime`, issue 13). */
export const PAIRING = {
  offer: m('在我的电脑上运行', 'Run on my computer'),
  statement: m(
    '配对后，这个标签页里的例子会在你的电脑上以真实进程运行，拥有你的用户权限。只和你自己启动的运行时配对。',
    'Once paired, the examples in this tab run on your computer as real processes, with your user’s rights. Pair only with a runtime you started yourself.',
  ),
  step1: m('1. 在终端中运行（需要 Node.js 22.12 或更高版本）：', '1. In a terminal, run (Node.js 22.12 or later):'),
  fromClone: m('（在本项目的克隆中也可以运行 npm run runtime -- --site 加上同一网址。）', '(In a clone of the project, npm run runtime -- --site with the same address does the same.)'),
  copy: m('复制命令', 'Copy the command'),
  copied: m('已复制。', 'Copied.'),
  step2: m('2. 它会打印一个配对链接：直接打开它，或粘贴到这里：', '2. It prints a pairing link: open it, or paste it here:'),
  field: m('配对链接', 'Pairing link'),
  connect: m('配对', 'Pair'),
  retry: m('再试一次', 'Try again'),
  disconnect: m('断开', 'Disconnect'),
  checking: m('正在联系本机运行时…', 'Contacting the local runtime…'),
  pairedWith: (label: string) => m(`已与 ${label} 配对`, `paired with ${label}`),
  ok: (label: string) => m(`已与 ${label} 配对：例子会在你的电脑上运行。`, `Paired with ${label}: the examples run on your computer.`),
  problems: {
    'bad-link': m(
      '这不是配对链接：它应当包含 #runtime=ws://127.0.0.1:端口/__runtime&token=…',
      'This is not a pairing link: it should contain #runtime=ws://127.0.0.1:<port>/__runtime&token=…',
    ),
    stopped: (label: string) => m(
      `${label} 上没有本机运行时在运行（或浏览器不允许这个网页访问你的电脑）。请先运行上面的命令，然后再试一次。`,
      `No local runtime is running at ${label} (or the browser does not let this page reach your computer). Run the command above first, then try again.`,
    ),
    origin: (label: string) => m(
      `${label} 上的运行时拒绝了这个网站：它只接受 --allow-origin 列出的网站。请用上面的命令（含 --site）重新启动它。`,
      `The runtime at ${label} refused this site: it only accepts the sites given with --allow-origin. Restart it with the command above (with --site).`,
    ),
    token: (label: string) => m(
      `${label} 上的运行时拒绝了口令（缺少或不对）：每次启动都会生成新口令，请打开它这次打印的配对链接。`,
      `The runtime at ${label} refused the token (missing or wrong): every start makes a new one, so open the pairing link it printed this time.`,
    ),
    host: (label: string) => m(
      `${label} 拒绝了这个地址：本机运行时只接受 127.0.0.1、localhost 或 [::1]。请使用它打印的链接。`,
      `${label} refused this address: the local runtime only accepts 127.0.0.1, localhost or [::1]. Use the link it printed.`,
    ),
    unexpected: (label: string) => m(`${label} 的回答不像 live-sockets 本机运行时。`, `What answered at ${label} does not look like the live-sockets local runtime.`),
  },
  recordingStays: m('下面仍然显示录制的输出；没有启动任何程序。', 'The recorded output below stays; no program was started.'),
};

// ── WebContainer-specific texts (issue 12): kept in their own group ──────────────────────────────
export const WEBCONTAINER_TEXT = {
  lateReady: m('WebContainer 终于启动好了：现在可以点“运行”。', 'The WebContainer has started after all: press Run now.'),
  bootAnyway: m('仍然启动 WebContainer', 'Start the WebContainer anyway'),
  preview: (browser: string, stage: 'beta' | 'alpha') =>
    m(`WebContainer 对 ${browser} 的支持仍是${stage === 'beta' ? '测试版' : '早期预览版'}（${stage}），可能出错；出错时可查看“录制的输出”。`,
      `WebContainer support for ${browser} is still ${stage}: things may break; the “Recorded output” shows a real run.`),
  signals: m('注意：在 WebContainer 里程序的信号处理函数不会运行；Ctrl-C 发送 ^C，1 秒后仍在运行就直接结束它。', 'Note: on the WebContainer, signal handlers in a program do not run; Ctrl-C sends ^C and ends the program if it still runs after 1 s.'),
};
