export interface SocketSettings {
  repetitions: number;
  /** Shoppers connected per server run; the open loop uses all of them. */
  clients: number;
  closedLoopClients: number;
  openLoopRate: number;
  warmUpMs: number;
  windowMs: number;
  drainMs: number;
  /** Open-loop rates tried in order to find the highest one sustained; stops at the first failure. */
  rampRates: number[];
  rampWarmUpMs: number;
  rampWindowMs: number;
  /** A rate is sustained when this share of it is answered inside the window, nothing is left unanswered, */
  rampMinDeliveredShare: number;
  /** and the p99 round trip stays under this many ms. */
  rampMaxP99Ms: number;
  /** What every shopper says; "hi" takes Parley's greeting path (language, intents, menu, i18n). */
  text: string;
}

export const socketSettings = (quick: boolean): SocketSettings => quick
  ? {
    repetitions: 1, clients: 100, closedLoopClients: 20, openLoopRate: 200, warmUpMs: 300, windowMs: 1_000, drainMs: 3_000,
    rampRates: [200, 400], rampWarmUpMs: 300, rampWindowMs: 1_000, rampMinDeliveredShare: 0.95, rampMaxP99Ms: 250, text: 'hi',
  }
  : {
    repetitions: 3, clients: 1_000, closedLoopClients: 100, openLoopRate: 2_000, warmUpMs: 1_000, windowMs: 3_000, drainMs: 5_000,
    rampRates: [500, 1_000, 1_500, 2_000, 3_000, 4_000, 5_000, 6_000, 8_000, 10_000, 12_000, 15_000, 20_000], rampWarmUpMs: 500, rampWindowMs: 2_000,
    rampMinDeliveredShare: 0.95, rampMaxP99Ms: 250, text: 'hi',
  };
