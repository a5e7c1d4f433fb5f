// Which processes belong to a program (runtime-descendants.ts), over hand-made process tables, and
// the caps' environment overrides and messages (runtime-limits.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createMarkerReader, createProgramTree, scanTree } from '../../src/server/runtime-descendants.ts';
import { parseProcStat, type ProcEntry, type ProcTable } from '../../src/server/runtime-proc-table.ts';
import { capStopMessage, limitsFromEnv } from '../../src/server/runtime-limits.ts';

const HOST = 1;

function table(rows: [pid: number, ppid: number, pgid: number, start: number, state?: string][]): ProcTable {
  return new Map(rows.map(([pid, ppid, pgid, start, state]) => [pid, { pid, ppid, pgid, start, state: state ?? 'S', rssBytes: 1024 } satisfies ProcEntry]));
}

const pidsOf = (entries: ProcEntry[]): number[] => entries.map((e) => e.pid).sort((a, b) => a - b);

test('parseProcStat reads ppid, group, state, start and resident set even when the name has spaces and parentheses', () => {
  const stat = '4242 (my (odd) name) S 17 4242 4242 0 -1 4194304 101 0 0 0 0 0 0 0 20 0 1 0 36498 3133440 416 18446744073709551615';
  const entry = parseProcStat(4242, stat);
  assert.deepEqual({ ...entry, rssBytes: undefined }, { pid: 4242, ppid: 17, pgid: 4242, state: 'S', start: 36498, rssBytes: undefined });
  assert.equal((entry?.rssBytes ?? 0) % 416, 0);
  assert.equal(parseProcStat(1, '1 (x) S 0'), undefined);
});

test('the group, the parent tree and the marker each find members; zombies and the host never count', () => {
  // 100 = the program (group 100, start 50). 101: in its group. 102: own session, child of 100.
  // 103: own session, parent gone (reparented to 1), marked. 104: unrelated, marked with another id.
  // 105: zombie in the group. 106: started before the program, with its marker (impossible: ignored).
  const t = table([[100, HOST, 100, 50], [101, 100, 100, 51], [102, 100, 102, 52], [103, 1, 103, 53], [104, 1, 104, 54], [105, 100, 100, 55, 'Z'], [106, 1, 106, 10], [HOST, 0, 1, 1]]);
  const markers = createMarkerReader((pid) => ({ 100: 'm', 103: 'm', 104: 'other', 106: 'm' })[pid]);
  const tree = createProgramTree(100, 'm', t);
  assert.deepEqual(pidsOf(scanTree(tree, t, markers, HOST)), [100, 101, 102, 103]);
});

test('a process once seen stays a member after its parent exits, even without a marker; a reused pid does not', () => {
  const markers = createMarkerReader(() => undefined); // a platform without environments (macOS)
  const first = table([[100, HOST, 100, 50], [102, 100, 102, 52], [103, 102, 103, 53]]);
  const tree = createProgramTree(100, 'm', first);
  assert.deepEqual(pidsOf(scanTree(tree, first, markers, HOST)), [100, 102, 103]);
  // 100 and 102 exited; 103 was reparented to 1; pid 102 was reused by an unrelated process.
  const later = table([[103, 1, 103, 53], [102, 1, 102, 90]]);
  tree.groupValid = false;
  assert.deepEqual(pidsOf(scanTree(tree, later, markers, HOST)), [103]);
});

test('the marker of a process is read once per process', () => {
  let reads = 0;
  const markers = createMarkerReader(() => {
    reads++;
    return 'm';
  });
  const t = table([[100, HOST, 100, 50], [200, 1, 200, 60]]);
  const tree = createProgramTree(100, 'm', t);
  scanTree(tree, t, markers, HOST);
  scanTree(tree, t, markers, HOST);
  assert.equal(reads, 1, 'only 200 needed a read (100 is known), and only once');
});

test('limitsFromEnv: LIVE_SOCKETS_MAX_RSS_MB and LIVE_SOCKETS_MAX_PROCESSES override; typos are ignored', () => {
  assert.deepEqual(limitsFromEnv({ LIVE_SOCKETS_MAX_RSS_MB: '2048', LIVE_SOCKETS_MAX_PROCESSES: '100' }), { maxRssBytes: 2048 * 1024 * 1024, maxDescendants: 100 });
  assert.deepEqual(limitsFromEnv({ LIVE_SOCKETS_MAX_RSS_MB: 'lots', LIVE_SOCKETS_MAX_PROCESSES: '-1' }), {});
  assert.deepEqual(limitsFromEnv({}), {});
});

test('the cap messages say why in both languages, with the exit status', () => {
  assert.equal(capStopMessage({ kind: 'processes', limit: 64 }, 137), '\n[已停止：进程超过 64 个，退出状态 137 / stopped: more than 64 processes, exit status 137]\n');
  assert.match(capStopMessage({ kind: 'memory', limitBytes: 1024 ** 3 }, 137), /内存超过 1024 MB.*stopped: more than 1024 MB of memory/);
});
