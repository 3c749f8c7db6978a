import { z } from 'zod';

/** What the bench asks the load-client process to do, over the fork IPC channel. */
export const LoadCommand = z.discriminatedUnion('type', [
  z.object({ type: z.literal('connect'), url: z.string(), clients: z.number().int().positive(), parallel: z.number().int().positive(), timeoutMs: z.number().positive() }),
  z.object({
    type: z.literal('closed-loop'), clients: z.number().int().positive(), text: z.string(),
    warmUpMs: z.number().nonnegative(), windowMs: z.number().positive(), drainMs: z.number().positive(),
  }),
  z.object({
    type: z.literal('open-loop'), rate: z.number().positive(), text: z.string(),
    warmUpMs: z.number().nonnegative(), windowMs: z.number().positive(), drainMs: z.number().positive(),
  }),
  z.object({ type: z.literal('disconnect') }),
  z.object({ type: z.literal('exit') }),
]);
export type LoadCommand = z.infer<typeof LoadCommand>;

const Latency = z.object({ count: z.number(), p50: z.number(), p90: z.number(), p99: z.number(), max: z.number(), mean: z.number() });

export const PhaseResult = z.object({
  mode: z.enum(['closed-loop', 'open-loop']),
  clients: z.number(),
  /** Open loop: the rate the schedule offered, messages per second. */
  offeredRate: z.number().optional(),
  windowMs: z.number(),
  /** Messages sent inside the measurement window. */
  sent: z.number(),
  /** Replies received inside the window, per second. */
  throughput: z.number(),
  /** Every reply of the phase, warm-up and drain included (to divide the server's CPU time by). */
  totalReplies: z.number(),
  /** Messages refused (ack ok: false) or not answered before the drain ended. */
  errors: z.number(),
  unanswered: z.number(),
  /** Shopper-visible round trip: from the moment a message was due to go out until its reply arrived, ms. */
  latency: Latency,
  /** Open loop: how late the client sent messages against the schedule, ms (a busy client shows here). */
  sendLag: Latency.optional(),
});
export type PhaseResult = z.infer<typeof PhaseResult>;

/** What the load client reports back. */
export const LoadReport = z.discriminatedUnion('type', [
  z.object({ type: z.literal('ready') }),
  z.object({ type: z.literal('connected'), clients: z.number(), elapsedMs: z.number() }),
  z.object({ type: z.literal('phase'), result: PhaseResult }),
  z.object({ type: z.literal('disconnected') }),
  z.object({ type: z.literal('failed'), message: z.string() }),
]);
export type LoadReport = z.infer<typeof LoadReport>;
