/**
 * Corrected (修正版) Python for seed code that does not run, and added Python where the notes give
 * none. The page shows each beside the author's original, which stays verbatim, with a unified diff
 * against it (src/components/CorrectedCode.astro). A file that a sandbox runs lives in that sandbox's
 * folder (one copy, shown here and run there, on the local runtime); the others sit next to this module.
 * tests/integration/corrected-python.test.ts runs every one of them.
 */

/** One corrected or added Python program. */
export interface CorrectedExample {
  /** Path from the project root, e.g. `sandboxes/remote-command/cmd_server.py` or `src/data/corrected/x.py`. */
  file: string;
  /** Seed lines of the original code it corrects (diffed against); none for an added example. */
  seed?: string;
  /** Caption, e.g. "B8 · 客户端" / "B8 · Client". */
  label: { zh: string; en: string };
  /** What it fixes, one sentence each (may hold `inline code`). */
  summary: { zh: string; en: string };
}

export const corrected: Record<string, CorrectedExample> = {
  'b8-server': {
    file: 'sandboxes/remote-command/cmd_server.py',
    seed: '254-295',
    label: { zh: 'B8 · 服务端', en: 'B8 · Server' },
    summary: {
      zh: '用 `communicate()` 读取输出（E28），报头用网络字节序 `!I`（E29），用 `sendall()` 发送（E21），并改正了关于 accept 的注释（E62）。',
      en: 'reads the output with `communicate()` (E28), packs the header in network byte order `!I` (E29), sends with `sendall()` (E21), and corrects the comment about accept (E62); the port comes from `PORT` (default 8081) and it prints a line once it listens.',
    },
  },
  'b8-client': {
    file: 'sandboxes/remote-command/cmd_client.py',
    seed: '299-323',
    label: { zh: 'B8 · 客户端', en: 'B8 · Client' },
    summary: {
      zh: '收满 4 字节报头（E30），用 `!I` 解包（E29），修正变量名（E31），收完整条回复后只解码一次（E32），删掉让客户端卡死的两行（E33），可以输入 `quit` 退出（E34），`.strip()` 作用在输入上（E22），端口取自 `PORT`（默认 8081）。',
      en: 'reads the whole 4-byte header (E30), unpacks it with `!I` (E29), fixes the variable name (E31), decodes the reply once it is complete (E32), drops the two lines that hang the client (E33), leaves on `quit` (E34) strips what was typed (E22), and takes the port from `PORT` (default 8081).',
    },
  },
  'ticket-sale': {
    file: 'sandboxes/mutex-tickets/ticket_sale.py',
    seed: '637-652',
    label: { zh: 'B22 · 抢票', en: 'B22 · Ticket sale' },
    summary: {
      zh: '补上票数文件、`search()` 和 `buy()`，启动并 join 全部进程（E56），用 `try/finally` 保证释放锁，并改正「谁谁」（E68）。十个进程抢一张票，只有一个买到。',
      en: 'adds the ticket file, `search()` and `buy()`, starts and joins every process (E56), releases the lock in `try/finally`, and fixes 「谁谁」 (E68). Ten processes compete for one ticket; exactly one gets it.',
    },
  },
  'joinable-queue': {
    file: 'src/data/corrected/joinable-queue.py',
    label: { zh: 'JoinableQueue', en: 'JoinableQueue' },
    summary: {
      zh: '原文这里没有代码，所以没有可以对比的原文。生产者 egon、tank 各做 3 个包子，守护进程消费者 c1、c2 吃掉，主进程 `q.join()` 等计数器归零后打印「主」。',
      en: 'the notes have no code here, so there is no original to diff against. Producers egon and tank make 3 buns each, daemon consumers c1 and c2 eat them, and the main process waits in `q.join()` for the counter to reach 0, then prints 主.',
    },
  },
};

/** Look an example up by id; throws (failing the build) for an unknown id. */
export function getCorrected(id: string): CorrectedExample {
  const found = corrected[id];
  if (!found) throw new Error(`unknown corrected example "${id}" (see src/data/corrected/index.ts)`);
  return found;
}
