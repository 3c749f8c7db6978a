export interface TurnsSettings {
  repetitions: number;
  /** Each repetition alternates the two bots this many times per path, in short slices. */
  slices: number;
  /** Conversations per slice: greeting conversations have 1 turn, order-status ones 2. */
  greetingConversationsPerSlice: number;
  orderConversationsPerSlice: number;
  /** Conversations in flight at once; each one's turns run in order. */
  concurrency: number;
  /** No new conversation starts after this long in one slice. */
  sliceDeadlineMs: number;
  /** How long each freshly built bot runs each path, uncounted, before it is measured (JIT, caches). */
  warmUpMs: number;
}

export const turnsSettings = (quick: boolean): TurnsSettings => quick
  ? { repetitions: 2, slices: 2, greetingConversationsPerSlice: 600, orderConversationsPerSlice: 300, concurrency: 32, sliceDeadlineMs: 5_000, warmUpMs: 300 }
  : { repetitions: 5, slices: 4, greetingConversationsPerSlice: 3_000, orderConversationsPerSlice: 1_000, concurrency: 32, sliceDeadlineMs: 5_000, warmUpMs: 500 };
