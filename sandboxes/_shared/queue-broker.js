// A queue shared by a parent and its forked children (Python: a multiprocessing.Queue passed to
// Process). Node has no queue object shared between processes, so the queue lives in the parent
// and the children use it through their IPC channel (process.send / 'message').
// Node 没有可以在进程之间共享的队列对象：队列放在主进程里，子进程通过 IPC 消息来 put/get。
//
//   parent:  const q = new JoinableQueue();  serveQueue(q, child)  (for every child)
//   child:   const q = remoteQueue();  await q.put(x);  const y = await q.get();  q.taskDone();

/** Parent side: answer one child's queue requests. */
export function serveQueue(q, child) {
  const gone = new AbortController(); // a dead child's pending get() must not swallow an item
  child.once('exit', () => gone.abort(new Error('child exited')));
  child.on('message', async (msg) => {
    try {
      if (msg?.q === 'put') {
        await q.put(msg.item, { signal: gone.signal });
        child.send({ q: 'ack', id: msg.id });
      } else if (msg?.q === 'get') {
        const item = await q.get({ signal: gone.signal });
        child.send({ q: 'item', id: msg.id, item });
      } else if (msg?.q === 'task_done') {
        q.taskDone();
      }
    } catch (err) {
      if (!gone.signal.aborted) throw err;
    }
  });
}

/** Child side: put/get return promises that settle when the parent answers. */
export function remoteQueue() {
  let nextId = 0;
  const pending = new Map(); // request id → resolve
  const onMessage = (msg) => {
    const resolve = pending.get(msg?.id);
    if (!resolve || (msg.q !== 'ack' && msg.q !== 'item')) return;
    pending.delete(msg.id);
    if (pending.size === 0) process.off('message', onMessage); // idle: let the child exit when done
    resolve(msg.item);
  };
  const request = (q, extra = {}) => new Promise((resolve) => {
    const id = nextId++;
    if (pending.size === 0) process.on('message', onMessage);
    pending.set(id, resolve);
    process.send({ q, id, ...extra });
  });
  return {
    put: (item) => request('put', { item }),
    get: () => request('get'),
    taskDone: () => process.send({ q: 'task_done' }),
  };
}
