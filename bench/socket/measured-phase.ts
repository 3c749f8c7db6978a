import { cpuSecondsOf } from '../lib/process-usage.js';
import type { ServerChild } from '../lib/spawn-server.js';
import type { LoadClientProcess } from './load-client-process.js';
import type { LoadCommand, PhaseResult } from './load-protocol.js';

export interface MeasuredPhase extends PhaseResult {
  /** Share of one core the server process used during the phase (warm-up and drain included). */
  serverCpuShare: number;
  clientCpuShare: number;
  /** Server CPU time per reply, µs: what a message costs the server, whatever the neighbours do. */
  serverCpuMicrosPerMessage: number;
}

/** Runs one phase on the load client and charges the CPU both processes used to it. */
export async function measuredPhase(
  client: LoadClientProcess, server: ServerChild, command: Extract<LoadCommand, { type: 'closed-loop' | 'open-loop' }>,
): Promise<MeasuredPhase> {
  const serverBefore = cpuSecondsOf(server.pid);
  const clientBefore = cpuSecondsOf(client.pid);
  const started = performance.now();
  const result = await client.phase(command);
  const seconds = (performance.now() - started) / 1000;
  const serverCpu = cpuSecondsOf(server.pid) - serverBefore;
  return {
    ...result,
    serverCpuShare: serverCpu / seconds,
    clientCpuShare: (cpuSecondsOf(client.pid) - clientBefore) / seconds,
    serverCpuMicrosPerMessage: result.totalReplies > 0 ? (serverCpu * 1e6) / result.totalReplies : Number.NaN,
  };
}
