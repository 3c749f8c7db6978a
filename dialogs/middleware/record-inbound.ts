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
    if (event.type === 'message' || event.type === 'choice') {
      await options.store.appendInbound(ctx.conversationKey, {
        from: 'shopper',
        text: ctx.text,
        at: event.receivedAt,
        eventId: event.id,
        ...(event.type === 'choice' && { meta: { payload: event.payload } }),
      });
    }
    await next();
  };
