// A lock shared by processes: mkdir() either creates the folder or fails because it exists, in one
// step the file system does atomically, so only one process at a time can hold it.
import { mkdirSync, rmdirSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';

const LOCK = 'tickets.lock';

/** Wait until this process holds the lock. */
export async function acquire() {
  for (;;) {
    try {
      mkdirSync(LOCK);
      return;
    } catch (err) {
      if (err.code !== 'EEXIST') throw err;
      await sleep(5); // someone else holds it: try again shortly
    }
  }
}

/** Give the lock back. */
export function release() {
  rmdirSync(LOCK);
}
