/**
 * One memory measurement, in a fresh process started with --expose-gc by the memory bench:
 * `node --expose-gc --import tsx bench/memory/memory-probe.ts <parley-memory|parley-sqlite|botbuilder> <conversations> <warm-up>`.
 * Prints one JSON line: heap (and RSS) before and after `conversations` new conversations each
 * had one greeting turn and went idle.
 */
import { z } from 'zod';
import { demoOrderCases } from '../lib/demo-orders.js';
import { runPool } from '../lib/run-pool.js';
import { createBotbuilderDriver } from '../turns/botbuilder-driver.js';
import { createParleyDriver } from '../turns/parley-driver.js';
import type { TurnDriver } from '../turns/turn-driver.js';
import { MemoryPeer, type MemorySample } from './memory-sample.js';

const Arguments = z.tuple([MemoryPeer, z.coerce.number().int().positive(), z.coerce.number().int().nonnegative()]);

async function settle(): Promise<NodeJS.MemoryUsage> {
  const gc = globalThis.gc;
  if (!gc) throw new Error('run the memory probe with --expose-gc');
  // Full collections with a turn of the event loop between, so finalizers and weak refs settle.
  for (let round = 0; round < 3; round += 1) {
    await new Promise((resolve) => setTimeout(resolve, 20));
    gc();
  }
  return process.memoryUsage();
}

async function createDriver(peer: MemoryPeer): Promise<TurnDriver> {
  switch (peer) {
    case 'parley-memory': return createParleyDriver({ STORE: 'memory' });
    case 'parley-sqlite': return createParleyDriver({ STORE: 'sqlite' });
    case 'botbuilder': return createBotbuilderDriver(demoOrderCases());
  }
}

const [peer, conversations, warmUp] = Arguments.parse(process.argv.slice(2));
const driver = await createDriver(peer);
// The warm-up loads code, compiles it and fills caches, so the measurement sees only conversations.
await runPool(warmUp, 32, 60_000, (index) => driver.greet(`warm-${index}`));
const before = await settle();
const run = await runPool(conversations, 32, 60_000, (index) => driver.greet(`idle-${index}`));
const after = await settle();
const sample: MemorySample = {
  peer, conversations: run.completed,
  heapBefore: before.heapUsed, heapAfter: after.heapUsed, rssBefore: before.rss, rssAfter: after.rss,
  heapBytesPerConversation: (after.heapUsed - before.heapUsed) / run.completed,
  rssBytesPerConversation: (after.rss - before.rss) / run.completed,
};
await driver.close();
console.log(JSON.stringify(sample));
