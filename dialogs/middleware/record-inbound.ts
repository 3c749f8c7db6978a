import type { Middleware } from '../engine/compose.js';
import type { TurnContext } from '../engine/turn-context.js';
import type { ConversationStore } from '../state/conversation-store.js';

/**
 * Writes the shopper's line before anything else happens, so a crash mid-turn loses nothing the
 * shopper said. A line already kept under this event id (a retry after a crash) is not written twice.
 */
export const recordInbound = (options: { store: ConversationStore }): Middleware<TurnContext> =>
  async function recordInbound(ctx, next) {
    const { event } = ctx;
    if (event.type === 'message') {
      await options.store.appendInbound(ctx.conversationKey, { from: 'shopper', text: event.text, at: event.receivedAt, eventId: event.id });
    } else if (event.type === 'choice') {
      // The transcript reads as the shopper saw it: the button's label, with the payload kept beside it.
      const label = await buttonLabel(options.store, ctx.conversationKey, event.payload);
      await options.store.appendInbound(ctx.conversationKey, {
        from: 'shopper', text: label ?? event.payload, at: event.receivedAt, eventId: event.id, meta: { payload: event.payload },
      });
    }
    await next();
  };

/** The label of the newest button the bot offered with this payload, if it offered one lately. */
async function buttonLabel(store: ConversationStore, conversationKey: string, payload: string): Promise<string | undefined> {
  const recent = await store.transcript(conversationKey, { limit: 10 });
  for (const line of recent.reverse()) {
    for (const part of line.parts ?? []) {
      const choices = part.type === 'choices' ? part.choices : part.type === 'card' ? part.choices ?? [] : part.type === 'carousel' ? part.cards.flatMap((card) => card.choices ?? []) : [];
      const match = choices.find((choice) => choice.payload === payload);
      if (match) return match.label;
    }
  }
  return undefined;
}
