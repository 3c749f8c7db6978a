export interface PoolResult {
  /** Tasks that ran to completion. */
  completed: number;
  elapsedMs: number;
  /** True when the deadline stopped the pool before every task was started. */
  cutShort: boolean;
}

/**
 * Runs `task(0..count-1)` with at most `concurrency` in flight, starting no new task after
 * `deadlineMs`. Each task is one whole conversation, so its turns stay in order.
 */
export async function runPool(count: number, concurrency: number, deadlineMs: number, task: (index: number) => Promise<void>): Promise<PoolResult> {
  const started = performance.now();
  let next = 0;
  let completed = 0;
  const lane = async (): Promise<void> => {
    while (next < count && performance.now() - started < deadlineMs) {
      const index = next;
      next += 1;
      await task(index);
      completed += 1;
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, count) }, lane));
  return { completed, elapsedMs: performance.now() - started, cutShort: next < count };
}
