import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { printTable } from '../lib/format-table.js';
import { interleave } from '../lib/interleave.js';
import { projectRoot } from '../lib/spawn-server.js';
import { median } from '../lib/stats.js';
import { MemorySample, type MemoryPeer } from './memory-sample.js';

const probeScript = fileURLToPath(new URL('./memory-probe.ts', import.meta.url));
const GOAL_BYTES = 4 * 1024;

export interface MemorySettings {
  repetitions: number;
  conversations: number;
  warmUpConversations: number;
}

export const memorySettings = (quick: boolean): MemorySettings => quick
  ? { repetitions: 1, conversations: 1_000, warmUpConversations: 200 }
  : { repetitions: 3, conversations: 5_000, warmUpConversations: 500 };

export interface MemoryRow {
  peer: MemoryPeer;
  label: string;
  heapBytesPerConversation: number;
  rssBytesPerConversation: number;
  /** Only Parley's memory store is held to the < 4 KB goal. */
  goal?: { bytes: number; met: boolean };
}

export interface MemoryResult {
  settings: MemorySettings;
  rows: MemoryRow[];
  samples: MemorySample[];
}

const peers: Array<{ peer: MemoryPeer; label: string }> = [
  { peer: 'parley-memory', label: 'Parley (memory store)' },
  { peer: 'parley-sqlite', label: 'Parley (sqlite store)' },
  { peer: 'botbuilder', label: 'botbuilder MemoryStorage' },
];

/** Heap per idle conversation, each measurement in a fresh `node --expose-gc` process. */
export async function runMemoryBench(quick: boolean): Promise<MemoryResult> {
  const settings = memorySettings(quick);
  const samples: MemorySample[] = [];
  for (let repetition = 0; repetition < settings.repetitions; repetition += 1) {
    for (const { peer } of interleave(peers, repetition)) {
      const { stdout } = await promisify(execFile)(process.execPath,
        ['--expose-gc', '--import', 'tsx', probeScript, peer, String(settings.conversations), String(settings.warmUpConversations)],
        { cwd: projectRoot, timeout: 120_000, maxBuffer: 1024 * 1024 });
      const lastLine = stdout.trim().split('\n').at(-1) ?? '';
      samples.push(MemorySample.parse(JSON.parse(lastLine)));
    }
    console.log(`  memory: repetition ${repetition + 1}/${settings.repetitions} done`);
  }
  const rows = peers.map(({ peer, label }): MemoryRow => {
    const mine = samples.filter((sample) => sample.peer === peer);
    const heapBytesPerConversation = median(mine.map((sample) => sample.heapBytesPerConversation));
    return {
      peer, label, heapBytesPerConversation,
      rssBytesPerConversation: median(mine.map((sample) => sample.rssBytesPerConversation)),
      ...(peer === 'parley-memory' && { goal: { bytes: GOAL_BYTES, met: heapBytesPerConversation < GOAL_BYTES } }),
    };
  });
  printTable(`Memory per idle conversation after one greeting turn (${settings.conversations} conversations, median of ${settings.repetitions} fresh processes)`,
    ['store', 'heap bytes/conv', 'RSS bytes/conv', 'goal < 4 KB'],
    rows.map((row) => [row.label, row.heapBytesPerConversation, row.rssBytesPerConversation, row.goal ? (row.goal.met ? 'met' : 'not met') : '']));
  return { settings, rows, samples };
}
