// 练习：线程共享的计数器 (a counter shared by threads). Several worker threads call increment()
// on the same shared memory. Reading, working, then writing back is three steps another thread
// can come between, so increments get lost. Make increment() one indivisible step.
/** Stand-in for work done between reading and writing (e.g. a request). */
export function work() {
  let x = 0;
  for (let i = 0; i < 3000; i++) x += i;
  return x;
}

/** Add 1 to counter[0]; `counter` is an Int32Array over a SharedArrayBuffer. */
export function increment(counter) {
  const value = counter[0]; // 读 (read)
  work();
  counter[0] = value + 1;   // 写回 (write back): another thread's increment may be lost here
}
