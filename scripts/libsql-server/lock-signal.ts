// Wakes statements waiting on SQLITE_BUSY as soon as a stream of this server ends a transaction,
// so the write lock does not sit idle while waiters sleep out their backoff. Locks held by other
// processes are still found by the backoff alone.
export class LockSignal {
  #waiters = new Set<() => void>();

  /** Resolves after `ms`, or earlier when a transaction ends. */
  wait(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.#waiters.delete(done);
        resolve();
      };
      const timer = setTimeout(done, ms);
      this.#waiters.add(done);
    });
  }

  notify(): void {
    for (const done of [...this.#waiters]) done();
  }
}
