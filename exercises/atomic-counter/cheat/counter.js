// Cheat: looks atomic (Atomics calls) but still reads, then writes back separately.
export function work() {
  return 0;
}
export function increment(counter) {
  const value = Atomics.load(counter, 0);
  for (let i = 0; i < 3000; i++);
  Atomics.store(counter, 0, value + 1);
}
