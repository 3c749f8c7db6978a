export const benchNames = ['turns', 'socket', 'memory'] as const;
export type BenchName = (typeof benchNames)[number];

export interface BenchOptions {
  /** A short smoke run: fewer turns, shorter windows, one repetition fewer. */
  quick: boolean;
  /** The benches to run, in the canonical order. */
  benches: BenchName[];
}

/** `npm run bench -- [--quick] [turns|socket|memory ...]`; no names runs them all. */
export function parseBenchOptions(argv: readonly string[]): BenchOptions {
  const quick = argv.includes('--quick');
  const named = argv.filter((argument) => !argument.startsWith('--'));
  const unknown = named.filter((name) => !benchNames.includes(name as BenchName));
  const unknownFlags = argv.filter((argument) => argument.startsWith('--') && argument !== '--quick');
  if (unknown.length > 0 || unknownFlags.length > 0) {
    throw new Error(`unknown bench or flag: ${[...unknown, ...unknownFlags].join(', ')} (benches: ${benchNames.join(', ')}; flag: --quick)`);
  }
  return { quick, benches: benchNames.filter((name) => named.length === 0 || named.includes(name)) };
}
