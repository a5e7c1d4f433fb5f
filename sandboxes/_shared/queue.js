// A first-in-first-out queue for one Node process, shaped like Python's queue / multiprocessing.Queue.
// 队列：先进先出。Python 的 Queue 在 Node 中的对应写法（单个进程内）。
//
// Inside one process nothing really blocks: "put() blocks when full" means the awaiting async
// function is suspended while the event loop keeps running everything else.
// 在单个 Node 进程里没有真正的阻塞：await 只是暂停当前这个 async 函数，事件循环照常运行。

/** Thrown by get() after its timeout and by getNowait() on an empty queue (Python: queue.Empty). */
export class Empty extends Error {
  name = 'Empty';
}

/** Thrown by putNowait() on a full queue and by put() after its timeout (Python: queue.Full). */
export class Full extends Error {
  name = 'Full';
}

export class Queue {
  #items = [];
  #getters = []; // get() calls waiting for an item
  #putters = []; // put() calls waiting for a free place, each with its item

  /** @param maxsize how many items fit; 0 = no limit (Python: Queue(5)) */
  constructor(maxsize = 0) {
    this.maxsize = maxsize;
  }

  qsize() { return this.#items.length; }
  empty() { return this.#items.length === 0; }
  full() { return this.maxsize > 0 && this.#items.length >= this.maxsize; }

  /** Add an item now, or throw Full. 队列满了就报错。 */
  putNowait(item) {
    if (!this.#tryPut(item)) throw new Full();
  }

  /** Add an item, waiting while the queue is full (rejects with Full after `timeout` ms, if given). */
  put(item, { timeout, signal } = {}) {
    if (this.#tryPut(item)) return Promise.resolve();
    return this.#wait(this.#putters, { timeout, signal, item, TimeoutError: Full });
  }

  /** Take the oldest item now, or throw Empty. 队列中没有数据就报错。 */
  getNowait() {
    if (this.empty()) throw new Empty();
    const item = this.#items.shift();
    const putter = this.#putters.shift(); // a place is free: let a waiting put() in
    if (putter) {
      this.#items.push(putter.item);
      putter.settle();
    }
    return item;
  }

  /** Take the oldest item, waiting while the queue is empty (rejects with Empty after `timeout` ms, if given). */
  get({ timeout, signal } = {}) {
    if (!this.empty()) return Promise.resolve(this.getNowait());
    return this.#wait(this.#getters, { timeout, signal, TimeoutError: Empty });
  }

  #tryPut(item) {
    const getter = this.#getters.shift();
    if (getter) {
      getter.settle(item); // someone is already waiting: hand the item over directly
      return true;
    }
    if (this.full()) return false;
    this.#items.push(item);
    return true;
  }

  /** Join the waiting line `list` until settled, timed out, or aborted through `signal`. */
  #wait(list, { timeout, signal, item, TimeoutError }) {
    return new Promise((resolve, reject) => {
      const leave = (err) => {
        clearTimeout(waiter.timer);
        list.splice(list.indexOf(waiter), 1);
        reject(err);
      };
      const waiter = {
        item,
        settle: (value) => {
          clearTimeout(waiter.timer);
          signal?.removeEventListener('abort', onAbort);
          resolve(value);
        },
      };
      const onAbort = () => leave(signal.reason);
      if (timeout !== undefined) waiter.timer = setTimeout(() => leave(new TimeoutError()), timeout);
      signal?.addEventListener('abort', onAbort, { once: true });
      list.push(waiter);
    });
  }
}

/**
 * A Queue that also counts unfinished items (Python: JoinableQueue): put() adds 1, taskDone() takes
 * 1 away, join() waits until the count is back to 0.
 * 每存入一个数据计数器 +1，每调用一次 taskDone() 计数器 -1，join() 等到计数器为 0 才往后运行。
 */
export class JoinableQueue extends Queue {
  #unfinished = 0;
  #joiners = [];

  putNowait(item) {
    super.putNowait(item);
    this.#unfinished++;
  }

  async put(item, options) {
    this.#unfinished++; // counted at once, so a fast consumer's taskDone() can never come first
    try {
      await super.put(item, options);
    } catch (err) {
      this.#taskDone(); // the item never got in
      throw err;
    }
  }

  /** One item has been fully processed. */
  taskDone() {
    if (this.#unfinished <= 0) throw new Error('task_done() called too many times');
    this.#taskDone();
  }

  #taskDone() {
    this.#unfinished--;
    if (this.#unfinished === 0) for (const resolve of this.#joiners.splice(0)) resolve();
  }

  /** Resolves once every item put so far has been taskDone()'d. */
  join() {
    return this.#unfinished === 0 ? Promise.resolve() : new Promise((resolve) => this.#joiners.push(resolve));
  }
}
