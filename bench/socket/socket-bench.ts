import { loadavg } from 'node:os';
import { printTable } from '../lib/format-table.js';
import { interleave } from '../lib/interleave.js';
import { rssBytesOf } from '../lib/process-usage.js';
import { median, ratio } from '../lib/stats.js';
import { LoadClientProcess } from './load-client-process.js';
import { measuredPhase, type MeasuredPhase } from './measured-phase.js';
import { ramp, type RampResult } from './ramp.js';
import { echoServer, parleyServer, type ServerKey, type ServerUnderTest } from './servers-under-test.js';
import { socketSettings, type SocketSettings } from './socket-settings.js';

export interface SocketRun {
  server: ServerKey;
  repetition: number;
  connectMs: number;
  closedLoop: MeasuredPhase;
  openLoop: MeasuredPhase;
  serverRssBytes: number;
  serverLinesAfterListening: number;
}

export interface SocketRow {
  server: ServerKey;
  label: string;
  closedP50: number;
  closedP99: number;
  closedThroughput: number;
  openP50: number;
  openP99: number;
  openThroughput: number;
  openUnanswered: number;
  serverCpuMicrosPerMessage: number;
  /** p99 against the echo server's in the same repetition, median over repetitions. */
  closedP99VsEcho: number;
  openP99VsEcho: number;
}

export interface SocketResult {
  settings: SocketSettings;
  harness: string;
  loadAverageAtStart: number[];
  rows: SocketRow[];
  ramps: Array<{ server: ServerKey } & RampResult>;
  runs: SocketRun[];
}

const P99_GOAL_VS_ECHO = 2;

/**
 * End-to-end socket.io round trips. Every server runs in its own child process, the shoppers in
 * one forked load-client process, and this process only orchestrates (it is idle while a phase
 * runs). Each repetition starts each server afresh, in alternating order.
 */
export async function runSocketBench(quick: boolean): Promise<SocketResult> {
  const settings = socketSettings(quick);
  const servers: ServerUnderTest[] = [echoServer, parleyServer('memory'), parleyServer('sqlite')];
  const loadAverageAtStart = loadavg();
  const client = await LoadClientProcess.start();
  const runs: SocketRun[] = [];
  const ramps: SocketResult['ramps'] = [];
  try {
    for (let repetition = 0; repetition < settings.repetitions; repetition += 1) {
      for (const server of interleave(servers, repetition)) {
        runs.push(await runOnce(client, server, repetition, settings));
        const run = runs.at(-1)!;
        console.log(`  socket: rep ${repetition + 1}/${settings.repetitions} ${server.label}: closed p99 ${run.closedLoop.latency.p99.toFixed(1)} ms at ${Math.round(run.closedLoop.throughput)} msg/s; open p99 ${run.openLoop.latency.p99.toFixed(1)} ms at ${Math.round(run.openLoop.throughput)} msg/s`);
      }
    }
    for (const server of servers.slice(0, 2)) {
      ramps.push({ server: server.key, ...await rampOnce(client, server, settings) });
      console.log(`  socket: ramp ${server.label}: highest sustained ${ramps.at(-1)!.maxSustainedRate} msg/s`);
    }
  } finally {
    await client.stop();
  }
  const rows = servers.map((server) => summarize(server, runs));
  print(rows, ramps, settings);
  return {
    settings,
    harness: 'servers and shoppers in separate processes: each server a child process, all shoppers in one forked load-client process (socket.io-client, websocket transport)',
    loadAverageAtStart, rows, ramps, runs,
  };
}

async function runOnce(client: LoadClientProcess, definition: ServerUnderTest, repetition: number, settings: SocketSettings): Promise<SocketRun> {
  const server = await definition.start();
  try {
    const connectMs = await client.connect(server.url, settings.clients);
    const closedLoop = await measuredPhase(client, server, {
      type: 'closed-loop', clients: settings.closedLoopClients, text: settings.text, warmUpMs: settings.warmUpMs, windowMs: settings.windowMs, drainMs: settings.drainMs,
    });
    const openLoop = await measuredPhase(client, server, {
      type: 'open-loop', rate: settings.openLoopRate, text: settings.text, warmUpMs: settings.warmUpMs, windowMs: settings.windowMs, drainMs: settings.drainMs,
    });
    const serverRssBytes = rssBytesOf(server.pid);
    await client.disconnect();
    return { server: definition.key, repetition, connectMs, closedLoop, openLoop, serverRssBytes, serverLinesAfterListening: server.linesAfterListening() };
  } finally {
    await server.stop();
  }
}

async function rampOnce(client: LoadClientProcess, definition: ServerUnderTest, settings: SocketSettings): Promise<RampResult> {
  const server = await definition.start();
  try {
    await client.connect(server.url, settings.clients);
    const result = await ramp(client, server, settings);
    await client.disconnect();
    return result;
  } finally {
    await server.stop();
  }
}

function summarize(server: ServerUnderTest, runs: readonly SocketRun[]): SocketRow {
  const mine = runs.filter((run) => run.server === server.key);
  const echoOf = (repetition: number) => runs.find((run) => run.server === 'echo' && run.repetition === repetition);
  const of = (pick: (run: SocketRun) => number) => median(mine.map(pick));
  return {
    server: server.key,
    label: server.label,
    closedP50: of((run) => run.closedLoop.latency.p50),
    closedP99: of((run) => run.closedLoop.latency.p99),
    closedThroughput: of((run) => run.closedLoop.throughput),
    openP50: of((run) => run.openLoop.latency.p50),
    openP99: of((run) => run.openLoop.latency.p99),
    openThroughput: of((run) => run.openLoop.throughput),
    openUnanswered: of((run) => run.openLoop.unanswered),
    serverCpuMicrosPerMessage: of((run) => run.closedLoop.serverCpuMicrosPerMessage),
    closedP99VsEcho: of((run) => ratio(run.closedLoop.latency.p99, echoOf(run.repetition)?.closedLoop.latency.p99 ?? Number.NaN)),
    openP99VsEcho: of((run) => ratio(run.openLoop.latency.p99, echoOf(run.repetition)?.openLoop.latency.p99 ?? Number.NaN)),
  };
}

function print(rows: readonly SocketRow[], ramps: SocketResult['ramps'], settings: SocketSettings): void {
  const versusEcho = (value: number, key: ServerKey) => (key === 'echo' ? '1x' : `${value.toFixed(1)}x${value <= P99_GOAL_VS_ECHO ? '' : ' (goal <= 2x: not met)'}`);
  printTable(`Socket.io round trip, closed loop: ${settings.closedLoopClients} shoppers, each sends on reply (ms; median of ${settings.repetitions})`,
    ['server', 'p50', 'p99', 'p99 vs echo', 'msg/s', 'server CPU µs/msg'],
    rows.map((row) => [row.label, row.closedP50, row.closedP99, versusEcho(row.closedP99VsEcho, row.server), row.closedThroughput, row.serverCpuMicrosPerMessage]));
  printTable(`Socket.io round trip, open loop: ${settings.clients} shoppers, ${settings.openLoopRate} msg/s in all (ms from when each message was due; median of ${settings.repetitions})`,
    ['server', 'p50', 'p99', 'p99 vs echo', 'answered msg/s', 'unanswered'],
    rows.map((row) => [row.label, row.openP50, row.openP99, versusEcho(row.openP99VsEcho, row.server), row.openThroughput, row.openUnanswered]));
  printTable(`Highest sustained open-loop rate (${settings.clients} shoppers; >= ${settings.rampMinDeliveredShare * 100}% answered in the window, p99 <= ${settings.rampMaxP99Ms} ms)`,
    ['server', 'sustained msg/s', 'steps (rate: p99 ms, answered msg/s)'],
    ramps.map((entry) => [rows.find((row) => row.server === entry.server)?.label ?? entry.server, entry.maxSustainedRate,
      entry.steps.map((step) => `${step.offeredRate}: ${step.latency.p99.toFixed(0)}, ${Math.round(step.throughput)}${step.sustained ? '' : ' x'}`).join(' | ')]));
}
