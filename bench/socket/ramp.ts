import type { ServerChild } from '../lib/spawn-server.js';
import type { LoadClientProcess } from './load-client-process.js';
import { measuredPhase, type MeasuredPhase } from './measured-phase.js';
import type { SocketSettings } from './socket-settings.js';

export interface RampResult {
  /** The highest offered rate that was sustained, msg/s (0 if even the first was not). */
  maxSustainedRate: number;
  steps: Array<MeasuredPhase & { sustained: boolean }>;
}

/**
 * Raises the open-loop rate step by step on connected shoppers until a step is not sustained.
 * A failed step is tried once more before the ramp stops, so one burst from a noisy neighbour
 * does not end it early; both tries are kept in `steps`.
 */
export async function ramp(client: LoadClientProcess, server: ServerChild, settings: SocketSettings): Promise<RampResult> {
  const steps: RampResult['steps'] = [];
  let maxSustainedRate = 0;
  for (const rate of settings.rampRates) {
    let sustained = false;
    for (let attempt = 0; attempt < 2 && !sustained; attempt += 1) {
      const phase = await measuredPhase(client, server, {
        type: 'open-loop', rate, text: settings.text, warmUpMs: settings.rampWarmUpMs, windowMs: settings.rampWindowMs, drainMs: settings.drainMs,
      });
      sustained = phase.unanswered === 0 && phase.errors === 0
        && phase.throughput >= settings.rampMinDeliveredShare * rate && phase.latency.p99 <= settings.rampMaxP99Ms;
      steps.push({ ...phase, sustained });
    }
    if (!sustained) break;
    maxSustainedRate = rate;
  }
  return { maxSustainedRate, steps };
}
