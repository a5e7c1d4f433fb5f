/**
 * Poll `probe` until `done(value)` holds or `limitMs` has passed; returns the last value.
 * For conditions that have no event to wait on (a killed process disappearing from the process table).
 */
export async function waitUntil<T>(probe: () => T, done: (value: T) => boolean, limitMs: number): Promise<T> {
  const deadline = Date.now() + limitMs;
  let value = probe();
  while (!done(value) && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 25));
    value = probe();
  }
  return value;
}
