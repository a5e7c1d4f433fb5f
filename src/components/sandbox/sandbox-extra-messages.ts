/**
 * Texts of the sandbox's "make it your own" parts (arguments, share, download, StackBlitz), both
 * languages. Kept apart from messages.ts so that parallel work on the sandbox does not collide.
 */
import type { Bilingual } from '../../sandbox/schema.ts';

const m = (zh: string, en: string): Bilingual => ({ zh, en });

export const EXTRA_LABELS = {
  args: (program: Bilingual) => m(`${program.zh}的命令行参数`, `Command-line arguments of ${program.en}`),
  argsHint: m('可以在这里改参数，点下面的选项加上或去掉：', 'Edit the arguments here; click an option below to add or remove it:'),
} as const;

export const SHARE_TEXT = {
  share: m('分享', 'Share'),
  download: m('下载 .zip', 'Download .zip'),
  stackblitz: m('在 StackBlitz 中打开', 'Open in StackBlitz'),
  linkLabel: m('分享链接', 'Share link'),
  copied: m('链接已复制。代码都在链接里（# 之后），不会发送到任何地方。', 'Link copied. The code travels inside the link (after the #); nothing is sent anywhere.'),
  notCopied: m('链接在下面，请手动复制。代码都在链接里，不会发送到任何地方。', 'The link is below: copy it by hand. The code travels inside the link; nothing is sent anywhere.'),
  nothing: m('还没有修改：链接打开的就是原始代码。', 'Nothing is edited yet: the link opens the original code.'),
  shared: m('这是别人分享给你的代码（已标为“分享”）。你自己的修改没有被覆盖。', 'This is code someone shared with you (marked “shared”). Your own edits are kept, untouched.'),
  ownVersion: m('回到我自己的代码', 'Back to my own code'),
  problem: {
    'too-large': m('修改太多，链接会超过 32 KB，无法分享。请改用“下载 .zip”。', 'Too much is edited: the link would exceed 32 KB, so it cannot be shared. Use “Download .zip” instead.'),
    damaged: m('这个分享链接已损坏（可能被截断），所以什么都没有应用。下面是原来的代码。', 'This share link is damaged (perhaps cut short), so nothing was applied. The code below is as before.'),
    'unknown-file': m('这个分享链接里有本沙盒没有的文件，所以什么都没有应用。', 'This share link holds a file this sandbox does not have, so nothing was applied.'),
    'unknown-program': m('这个分享链接里有本沙盒没有的程序，所以什么都没有应用。', 'This share link names a program this sandbox does not have, so nothing was applied.'),
  },
} as const;
