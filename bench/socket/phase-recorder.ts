import { summarizeLatencies } from '../lib/stats.js';
import type { PhaseResult } from './load-protocol.js';
import type { LoadShopper, ShopperListener } from './load-shopper.js';

/**
 * Counts one phase: latencies of messages due inside the measurement window, and replies that
 * arrived inside it (the throughput). Warm-up and drain traffic is answered but not counted.
 */
export class PhaseRecorder implements ShopperListener {
  readonly windowStart: number;
  readonly windowEnd: number;
  private readonly latencies: number[] = [];
  private readonly sendLags: number[] = [];
  private sent = 0;
  private repliesInWindow = 0;
  private totalReplies = 0;
  private errors = 0;
  /** Called after every answer (reply or refusal), e.g. to send the next message in a closed loop. */
  onAnswer: ((shopper: LoadShopper, now: number) => void) | undefined;

  constructor(start: number, warmUpMs: number, readonly windowMs: number) {
    this.windowStart = start + warmUpMs;
    this.windowEnd = this.windowStart + windowMs;
  }

  inWindow(time: number): boolean {
    return time >= this.windowStart && time < this.windowEnd;
  }

  noteSent(dueAt: number, sentAt: number): void {
    if (!this.inWindow(dueAt)) return;
    this.sent += 1;
    this.sendLags.push(sentAt - dueAt);
  }

  replied(shopper: LoadShopper, dueAt: number, now: number): void {
    if (this.inWindow(dueAt)) this.latencies.push(now - dueAt);
    if (this.inWindow(now)) this.repliesInWindow += 1;
    this.totalReplies += 1;
    this.onAnswer?.(shopper, now);
  }

  refused(shopper: LoadShopper, dueAt: number): void {
    if (this.inWindow(dueAt)) this.errors += 1;
    this.onAnswer?.(shopper, performance.now());
  }

  result(mode: PhaseResult['mode'], clients: number, unanswered: number, offeredRate?: number): PhaseResult {
    return {
      mode, clients, windowMs: this.windowMs, sent: this.sent,
      throughput: this.repliesInWindow / (this.windowMs / 1000), totalReplies: this.totalReplies,
      errors: this.errors, unanswered,
      latency: summarizeLatencies(this.latencies),
      ...(offeredRate !== undefined && { offeredRate, sendLag: summarizeLatencies(this.sendLags) }),
    };
  }
}

/** Waits until no shopper has a message unanswered, or `drainMs` passed; returns how many were left. */
export async function drain(shoppers: readonly LoadShopper[], drainMs: number): Promise<number> {
  const deadline = performance.now() + drainMs;
  while (performance.now() < deadline && shoppers.some((shopper) => shopper.unanswered > 0)) {
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  let left = 0;
  for (const shopper of shoppers) left += shopper.abandon();
  return left;
}

export function sleepUntil(time: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, Math.max(0, time - performance.now())));
}
