import { demoOrderCases, type OrderCase } from '../lib/demo-orders.js';
import { printTable } from '../lib/format-table.js';
import { interleave } from '../lib/interleave.js';
import { runPool } from '../lib/run-pool.js';
import { median, ratio } from '../lib/stats.js';
import { createBotbuilderDriver } from './botbuilder-driver.js';
import { createParleyDriver } from './parley-driver.js';
import type { TurnDriver } from './turn-driver.js';
import { turnsSettings, type TurnsSettings } from './turns-settings.js';

type Path = 'greeting' | 'order-status';
type PeerKey = 'parley' | 'botbuilder';
const paths: Path[] = ['greeting', 'order-status'];
const turnsPerConversation: Record<Path, number> = { greeting: 1, 'order-status': 2 };
const GOAL_RATIO = 3;

interface Peer {
  key: PeerKey;
  create(): Promise<TurnDriver>;
}

/** One bot's totals over one repetition's slices of one path. */
export interface TurnsMeasurement {
  peer: PeerKey;
  path: Path;
  repetition: number;
  turns: number;
  conversations: number;
  elapsedMs: number;
  turnsPerSecond: number;
  cutShortSlices: number;
}

export interface TurnsRow {
  path: Path;
  turnsPerRepetition: number;
  parleyTurnsPerSecond: number;
  botbuilderTurnsPerSecond: number;
  /** Parley / botbuilder: the median of the ratios within each repetition (robust to drift between them). */
  ratio: number;
  /** The smallest and largest of those per-repetition ratios. */
  ratioRange: [number, number];
  goalRatio: number;
  met: boolean;
}

export interface TurnsResult {
  settings: TurnsSettings;
  peerHarness: string;
  rows: TurnsRow[];
  measurements: TurnsMeasurement[];
}

/**
 * In-process turns per second, Parley against botbuilder-dialogs, on the greeting path and the
 * order-status path, in steady state. Each repetition builds both bots afresh (so neither carries
 * the last repetition's conversations) and warms each one up: a freshly built Parley runs its new
 * middleware closures cold for a few thousand turns, as a server does once after it starts. Then
 * it alternates the bots in slices of a few hundred ms (A B, B A, ...), adding up each bot's turns
 * and time, so that a burst of load from a neighbour falls on both alike. Slices are long enough
 * that each bot's garbage is mostly collected on its own time; the heap is collected before each
 * repetition (`bench/run.ts` runs with --expose-gc), never inside one, so GC stays in the bill.
 */
export async function runTurnsBench(quick: boolean): Promise<TurnsResult> {
  const settings = turnsSettings(quick);
  const orders = demoOrderCases();
  const peers: Peer[] = [
    { key: 'parley', create: () => createParleyDriver() },
    { key: 'botbuilder', create: async () => createBotbuilderDriver(orders) },
  ];
  const measurements: TurnsMeasurement[] = [];
  for (let repetition = 0; repetition < settings.repetitions; repetition += 1) {
    const drivers = new Map<PeerKey, TurnDriver>();
    globalThis.gc?.();
    try {
      for (const peer of peers) drivers.set(peer.key, await peer.create());
      for (const peer of interleave(peers, repetition)) await warmUp(drivers.get(peer.key)!, orders, settings);
      for (const path of interleave(paths, repetition)) {
        const totals = new Map(peers.map((peer) => [peer.key, { turns: 0, conversations: 0, elapsedMs: 0, cutShortSlices: 0 }]));
        for (let slice = 0; slice < settings.slices; slice += 1) {
          for (const peer of interleave(peers, repetition + slice)) {
            const result = await runSlice(drivers.get(peer.key)!, path, `r${repetition}-${path}-s${slice}`, orders, settings);
            const total = totals.get(peer.key)!;
            total.turns += result.completed * turnsPerConversation[path];
            total.conversations += result.completed;
            total.elapsedMs += result.elapsedMs;
            if (result.cutShort) total.cutShortSlices += 1;
          }
        }
        for (const [peer, total] of totals) {
          measurements.push({ peer, path, repetition, ...total, turnsPerSecond: total.turns / (total.elapsedMs / 1000) });
        }
      }
    } finally {
      for (const driver of drivers.values()) await driver.close();
    }
    console.log(`  turns: repetition ${repetition + 1}/${settings.repetitions} done`);
  }

  const rows = paths.map((path) => summarize(path, measurements, settings));
  printTable(`In-process turns/s (memory store, ${settings.concurrency} conversations in flight, median of ${settings.repetitions} repetitions of ${settings.slices} alternating slices)`,
    ['path', 'turns/rep', 'Parley', 'botbuilder', 'ratio', 'ratio range', 'goal >= 3x'],
    rows.map((row) => [row.path, row.turnsPerRepetition, row.parleyTurnsPerSecond, row.botbuilderTurnsPerSecond, `${row.ratio.toFixed(2)}x`,
      `${row.ratioRange[0].toFixed(2)}-${row.ratioRange[1].toFixed(2)}`, row.met ? 'met' : 'not met']));
  const cut = measurements.reduce((sum, m) => sum + m.cutShortSlices, 0);
  if (cut > 0) console.log(`  note: ${cut} slice(s) hit the ${settings.sliceDeadlineMs} ms cap and ran fewer turns`);
  return { settings, peerHarness: 'BenchAdapter: a minimal BotAdapter (real TurnContext and middleware; replies kept in memory)', rows, measurements };
}

function summarize(path: Path, measurements: readonly TurnsMeasurement[], settings: TurnsSettings): TurnsRow {
  const of = (key: PeerKey) => measurements.filter((m) => m.peer === key && m.path === path);
  const parleyTurnsPerSecond = median(of('parley').map((m) => m.turnsPerSecond));
  const botbuilderTurnsPerSecond = median(of('botbuilder').map((m) => m.turnsPerSecond));
  const pairedRatios = of('parley').map((m) => ratio(m.turnsPerSecond, of('botbuilder').find((b) => b.repetition === m.repetition)?.turnsPerSecond ?? Number.NaN));
  const pathRatio = median(pairedRatios);
  const perSlice = path === 'greeting' ? settings.greetingConversationsPerSlice : settings.orderConversationsPerSlice;
  return {
    path, turnsPerRepetition: perSlice * settings.slices * turnsPerConversation[path],
    parleyTurnsPerSecond, botbuilderTurnsPerSecond,
    ratio: pathRatio, ratioRange: [Math.min(...pairedRatios), Math.max(...pairedRatios)], goalRatio: GOAL_RATIO, met: pathRatio >= GOAL_RATIO,
  };
}

async function warmUp(driver: TurnDriver, orders: readonly OrderCase[], settings: TurnsSettings): Promise<void> {
  await runPool(1_000_000, settings.concurrency, settings.warmUpMs, (index) => driver.greet(`warm-g-${index}`));
  await runPool(1_000_000, settings.concurrency, settings.warmUpMs, (index) => driver.orderStatus(`warm-o-${index}`, orders[index % orders.length]!));
}

function runSlice(driver: TurnDriver, path: Path, prefix: string, orders: readonly OrderCase[], settings: TurnsSettings) {
  return path === 'greeting'
    ? runPool(settings.greetingConversationsPerSlice, settings.concurrency, settings.sliceDeadlineMs, (index) => driver.greet(`${prefix}-${index}`))
    : runPool(settings.orderConversationsPerSlice, settings.concurrency, settings.sliceDeadlineMs, (index) => driver.orderStatus(`${prefix}-${index}`, orders[index % orders.length]!));
}
