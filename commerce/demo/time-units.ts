import type { Random } from './random.js';

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

/** A random duration between `from` and `to` (milliseconds), in whole minutes. */
export function randomDuration(random: Random, from: number, to: number): number {
  return random.int(Math.ceil(from / MINUTE), Math.floor(to / MINUTE)) * MINUTE;
}
