/**
 * Only one sandbox runs at a time on a page (the notes' examples share ports): starting one
 * stops the others. Pure: sandboxes register how to tell whether they run and how to stop them.
 */

export interface CoordinatedSandbox {
  /** Sandbox id, e.g. `tcp-echo`. */
  readonly id: string;
  /** Whether any of its programs is starting or running. */
  isRunning(): boolean;
  /** Stop all its programs; resolves once they have exited. */
  stopAll(): Promise<void>;
  /** Tell the reader this sandbox was stopped because `by` started. */
  notifyStopped(by: string): void;
}

export interface RunCoordinator {
  register(sandbox: CoordinatedSandbox): () => void;
  /**
   * Sandbox `id` is about to run: stop every other running sandbox and wait for it.
   * Resolves with the ids that were stopped (for the starting sandbox's own note).
   */
  claim(id: string): Promise<string[]>;
}

/** Create the page's coordinator. */
export function createRunCoordinator(): RunCoordinator {
  const sandboxes = new Set<CoordinatedSandbox>();
  return {
    register(sandbox) {
      sandboxes.add(sandbox);
      return () => sandboxes.delete(sandbox);
    },
    async claim(id) {
      const others = [...sandboxes].filter((s) => s.id !== id && s.isRunning());
      for (const other of others) other.notifyStopped(id);
      await Promise.all(others.map((s) => s.stopAll()));
      return others.map((s) => s.id);
    },
  };
}
