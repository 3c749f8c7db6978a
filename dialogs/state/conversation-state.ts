import { z } from 'zod';

export const CURRENT_STATE_VERSION = 1;

export const ConversationModeSchema = z.enum(['bot', 'pending', 'human']);
export type ConversationMode = z.infer<typeof ConversationModeSchema>;

/** A customer proven to own the conversation, e.g. by giving the email on an order. */
export const VerifiedCustomerSchema = z.object({
  id: z.string().min(1),
  method: z.enum(['order-email', 'channel-link']),
  verifiedAt: z.iso.datetime(),
});
export type VerifiedCustomer = z.infer<typeof VerifiedCustomerSchema>;

/** What the bot asked and is waiting for, so the next message is read as the answer. */
export const AwaitingSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('order-number'), attempts: z.number().int().min(0) }),
  z.object({ kind: z.literal('order-email'), orderId: z.string(), attempts: z.number().int().min(0) }),
]);
export type Awaiting = z.infer<typeof AwaitingSchema>;

export const ConversationStateSchema = z.object({
  schemaVersion: z.literal(CURRENT_STATE_VERSION),
  mode: ConversationModeSchema,
  language: z.string().min(2).max(35),
  intent: z.string().optional(),
  customer: VerifiedCustomerSchema.optional(),
  awaiting: AwaitingSchema.optional(),
  slots: z.record(z.string(), z.string()),
  turns: z.number().int().min(0),
  lastActiveAt: z.iso.datetime().optional(),
});
export type ConversationState = z.infer<typeof ConversationStateSchema>;

export function initialState(language: string): ConversationState {
  return { schemaVersion: CURRENT_STATE_VERSION, mode: 'bot', language, slots: {}, turns: 0 };
}

/**
 * Upgrades a stored state of any earlier schema version step by step, then validates it.
 * Each release that changes the shape adds one entry here, so old conversations keep working.
 */
const migrations: Record<number, (old: Record<string, unknown>) => Record<string, unknown>> = {
  // 0 -> 1: the prototype kept `lang` and no slots.
  0: ({ lang, ...rest }) => ({ ...rest, language: lang ?? 'en', slots: {}, turns: 0, schemaVersion: 1 }),
};

export function migrateState(stored: unknown): ConversationState {
  let value = z.record(z.string(), z.unknown()).parse(stored);
  let version = typeof value.schemaVersion === 'number' ? value.schemaVersion : 0;
  while (version < CURRENT_STATE_VERSION) {
    const migrate = migrations[version];
    if (!migrate) throw new Error(`no migration from conversation state version ${version}`);
    value = migrate(value);
    version += 1;
  }
  return ConversationStateSchema.parse(value);
}
