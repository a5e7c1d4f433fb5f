/**
 * Bookkeeping of the process groups the scenario runner starts (each program is spawned
 * `detached`, so it leads its own group and everything it forks stays in that group).
 * Node-only. Lets the runner kill a program together with its children, and lets tests prove
 * that nothing was left behind; a last-resort hook kills whatever is left when Node exits.
 */
const started = new Set<number>();
const open = new Set<number>();

/** Remember a group (its leader's pid). */
export function trackGroup(pgid: number): void {
  started.add(pgid);
  open.add(pgid);
}

/** The leader has exited and its pipes closed; the group may still need a final kill. */
export function untrackGroup(pgid: number): void {
  open.delete(pgid);
}

/** Send `signal` to every process of the group; a group that is already gone is fine. */
export function killGroup(pgid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pgid, signal);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ESRCH') throw err;
  }
}

/** Whether any process of the group still exists (zombies included). */
export function groupAlive(pgid: number): boolean {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Every group started so far in this process. */
export function startedGroups(): number[] {
  return [...started];
}

process.on('exit', () => {
  for (const pgid of open) killGroup(pgid, 'SIGKILL');
});
