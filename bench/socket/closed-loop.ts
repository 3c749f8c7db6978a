import type { PhaseResult } from './load-protocol.js';
import type { LoadShopper } from './load-shopper.js';
import { drain, PhaseRecorder, sleepUntil } from './phase-recorder.js';

export interface ClosedLoopOptions {
  text: string;
  warmUpMs: number;
  windowMs: number;
  drainMs: number;
}

/** Each shopper sends its next message as soon as the previous one is answered, until the window ends. */
export async function closedLoop(shoppers: readonly LoadShopper[], options: ClosedLoopOptions): Promise<PhaseResult> {
  const start = performance.now();
  const recorder = new PhaseRecorder(start, options.warmUpMs, options.windowMs);
  const send = (shopper: LoadShopper, now: number): void => {
    shopper.send(options.text, now);
    recorder.noteSent(now, now);
  };
  recorder.onAnswer = (shopper, now) => {
    if (now < recorder.windowEnd) send(shopper, now);
  };
  for (const shopper of shoppers) shopper.listener = recorder;
  for (const shopper of shoppers) send(shopper, performance.now());
  await sleepUntil(recorder.windowEnd);
  const unanswered = await drain(shoppers, options.drainMs);
  for (const shopper of shoppers) shopper.listener = undefined;
  return recorder.result('closed-loop', shoppers.length, unanswered);
}
