/**
 * Each sandbox folder is mounted alone, so a module two sandboxes share (frame.js, queue.js, the TCP
 * client…) is kept as a copy in each folder. This keeps the copies from drifting apart: every copy
 * must be identical, except for the default port of its page. (Files that merely share a name, like
 * each page's own tcp-server.js, are different programs and are not listed.)
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../sandboxes/', import.meta.url));
const SHARED = new Set(['frame.js', 'queue.js', 'queue-broker.js', 'tcp-client.js', 'udp-client.js', 'udp-notice.js']);

/** The default port is the only thing a page may change in a shared program. */
function normalise(text: string): string {
  return text.replace(/process\.env\.PORT \?\? \d+\);.*$/gm, 'process.env.PORT ?? <default>);');
}

test('modules shared by several sandboxes are identical copies', () => {
  const byName = new Map<string, string[]>();
  for (const id of readdirSync(root)) {
    if (!statSync(join(root, id)).isDirectory()) continue;
    for (const file of readdirSync(join(root, id))) {
      if (!SHARED.has(file)) continue;
      byName.set(file, [...(byName.get(file) ?? []), id]);
    }
  }
  const shared = [...byName].filter(([, ids]) => ids.length > 1);
  assert.deepEqual(shared.map(([f]) => f).sort(), [...SHARED].sort(), 'every shared module has at least two copies');
  for (const [file, ids] of shared) {
    const [first, ...rest] = ids.map((id) => normalise(readFileSync(join(root, id, file), 'utf8')));
    for (const [i, text] of rest.entries()) assert.equal(text, first, `${ids[i + 1]}/${file} differs from ${ids[0]}/${file}`);
  }
});
