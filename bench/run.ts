/**
 * `npm run bench -- [--quick] [turns|socket|memory ...]`: runs the benchmarks, prints a table per
 * bench and writes every number to bench/results/latest.json.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseBenchOptions, type BenchOptions } from './lib/bench-options.js';
import { runMemoryBench } from './memory/memory-bench.js';
import { runSocketBench } from './socket/socket-bench.js';
import { runTurnsBench } from './turns/turns-bench.js';

const resultsDirectory = fileURLToPath(new URL('./results/', import.meta.url));

let options: BenchOptions;
try {
  options = parseBenchOptions(process.argv.slice(2));
} catch (error) {
  console.error((error as Error).message);
  process.exit(2);
}

// The turns bench collects garbage between repetitions, so that one repetition's garbage is not collected
// on the next one's time: without --expose-gc, run this same script again with it.
if (typeof globalThis.gc !== 'function') {
  const again = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', fileURLToPath(import.meta.url), ...process.argv.slice(2)], { stdio: 'inherit' });
  process.exit(again.status ?? 1);
}

const started = new Date();
const results: Record<string, unknown> = {};
/** The 1-minute load average around each bench: the machine is shared, so this says how noisy it was. */
const loadAverages: Record<string, { before: number; after: number }> = {};
console.log(`Parley benchmarks${options.quick ? ' (quick)' : ''}: ${options.benches.join(', ')}`);
for (const bench of options.benches) {
  const benchStarted = performance.now();
  const loadBefore = loadavg()[0] ?? Number.NaN;
  console.log(`\n== ${bench} ==`);
  if (bench === 'turns') results.turns = await runTurnsBench(options.quick);
  if (bench === 'socket') results.socket = await runSocketBench(options.quick);
  if (bench === 'memory') results.memory = await runMemoryBench(options.quick);
  loadAverages[bench] = { before: loadBefore, after: loadavg()[0] ?? Number.NaN };
  console.log(`  (${bench} took ${((performance.now() - benchStarted) / 1000).toFixed(1)} s; load average ${loadBefore.toFixed(1)} -> ${loadAverages[bench].after.toFixed(1)} on ${cpus().length} cores)`);
}

mkdirSync(resultsDirectory, { recursive: true });
const report = {
  startedAt: started.toISOString(),
  durationSeconds: (Date.now() - started.getTime()) / 1000,
  quick: options.quick,
  environment: environment(),
  loadAverages,
  results,
};
writeFileSync(`${resultsDirectory}latest.json`, `${JSON.stringify(report, null, 2)}\n`);
console.log(`\nresults written to bench/results/latest.json (${report.durationSeconds.toFixed(0)} s in all)`);

function environment() {
  return {
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model ?? 'unknown',
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    commit: gitCommit(),
  };
}

function gitCommit(): string {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return 'unknown';
  }
}
