/**
 * Runs tasks one at a time per key, in the order they were queued, and independent keys in
 * parallel. Entries are dropped as soon as a key's queue drains, so idle conversations cost nothing.
 */
export class KeyedQueue {
  private readonly tails = new Map<string, Promise<unknown>>();

  run<T>(key: string, task: () => Promise<T>): Promise<T> {
    const previous = this.tails.get(key) ?? Promise.resolve();
    const result = previous.then(task, task);
    const tail = result.then(noop, noop);
    this.tails.set(key, tail);
    void tail.then(() => {
      if (this.tails.get(key) === tail) this.tails.delete(key);
    });
    return result;
  }

  /** Keys with a turn running or waiting. */
  get activeKeys(): number {
    return this.tails.size;
  }

  /** Resolves when every queued task has settled (used by graceful shutdown). */
  async drain(): Promise<void> {
    while (this.tails.size > 0) await Promise.all([...this.tails.values()]);
  }
}

function noop(): void {}
