// A lock shared by a parent and its forked children (Python: multiprocessing.Lock passed to Process).
// The lock lives in the parent; children ask for it over their IPC channel (process.send).
// 在主进程中生成一把锁，子进程通过 IPC 消息来抢锁和释放锁。
//
//   parent:  const mutex = new Lock();  mutex.serve(child)  (for every child)
//   child:   const mutex = childMutex(); await mutex.acquire(); try { … } finally { mutex.release(); }

/** The parent side: who holds the lock, and who waits for it (first come, first served). */
export class Lock {
  #holder = null;
  #waiting = [];

  /** Answer this child's `acquire` / `release` messages. */
  serve(child) {
    child.on('message', (msg) => {
      if (msg?.lock === 'acquire') this.#acquire(child);
      else if (msg?.lock === 'release' && this.#holder === child) this.#grantNext();
    });
    // A child that dies holding the lock must not block everyone else (no deadlock).
    // 持有锁的子进程死了也要释放锁，否则其他进程会一直等下去。
    child.once('exit', () => {
      this.#waiting = this.#waiting.filter((c) => c !== child);
      if (this.#holder === child) this.#grantNext();
    });
  }

  #acquire(child) {
    if (this.#holder === null) this.#grant(child);
    else this.#waiting.push(child);
  }

  #grantNext() {
    this.#holder = null;
    const next = this.#waiting.shift();
    if (next) this.#grant(next);
  }

  #grant(child) {
    this.#holder = child;
    child.send({ lock: 'granted' });
  }
}

/** The child side: acquire() resolves once the parent has granted us the lock. */
export function childMutex() {
  return {
    acquire() {
      return new Promise((resolve) => {
        const onMessage = (msg) => {
          if (msg?.lock !== 'granted') return;
          process.off('message', onMessage); // stop listening, so the child can exit later
          resolve();
        };
        process.on('message', onMessage);
        process.send({ lock: 'acquire' });
      });
    },
    release() {
      process.send({ lock: 'release' });
    },
  };
}
