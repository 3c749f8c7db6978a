import type { PhaseResult } from './load-protocol.js';
import type { LoadShopper } from './load-shopper.js';
import { drain, PhaseRecorder, sleepUntil } from './phase-recorder.js';

export interface OpenLoopOptions {
  /** Messages per second across all shoppers. */
  rate: number;
  text: string;
  warmUpMs: number;
  windowMs: number;
  drainMs: number;
}

/**
 * Messages go out on a fixed schedule whatever the server does (message j is due at
 * start + j / rate, from shopper j mod n), and latency is measured from when each was due, so a
 * server that falls behind is charged for the queue it builds (no coordinated omission).
 */
export async function openLoop(shoppers: readonly LoadShopper[], options: OpenLoopOptions): Promise<PhaseResult> {
  const start = performance.now();
  const recorder = new PhaseRecorder(start, options.warmUpMs, options.windowMs);
  for (const shopper of shoppers) shopper.listener = recorder;
  const intervalMs = 1000 / options.rate;
  let next = 0;
  await new Promise<void>((resolve) => {
    const tick = (): void => {
      const now = performance.now();
      let dueAt = start + next * intervalMs;
      while (dueAt <= now && dueAt < recorder.windowEnd) {
        shoppers[next % shoppers.length]!.send(options.text, dueAt);
        recorder.noteSent(dueAt, now);
        next += 1;
        dueAt = start + next * intervalMs;
      }
      if (dueAt >= recorder.windowEnd) resolve();
      else setTimeout(tick, Math.max(0, dueAt - performance.now()));
    };
    tick();
  });
  await sleepUntil(recorder.windowEnd);
  const unanswered = await drain(shoppers, options.drainMs);
  for (const shopper of shoppers) shopper.listener = undefined;
  return recorder.result('open-loop', shoppers.length, unanswered, options.rate);
}
