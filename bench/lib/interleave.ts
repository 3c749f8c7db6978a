/**
 * The order in which to run peers in repetition `repetition`: forwards, then backwards (ABBA),
 * so that neither peer always runs first on a machine whose speed drifts.
 */
export function interleave<T>(peers: readonly T[], repetition: number): T[] {
  return repetition % 2 === 0 ? [...peers] : [...peers].reverse();
}
