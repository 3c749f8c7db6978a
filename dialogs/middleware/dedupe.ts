import type { Middleware } from '../engine/compose.js';
import type { TurnContext } from '../engine/turn-context.js';
import type { ConversationStore } from '../state/conversation-store.js';

/**
 * Platforms redeliver (Telegram on any non-2xx, WeChat three times in 5 s) and web clients resend
 * after a reconnect. An event id whose turn completed is answered with the replies it got the
 * first time, and the rest of the pipeline does not run again. It runs inside the conversation's
 * queue, so a duplicate that arrives while the original is still running waits and is caught here.
 */
export const dedupe = (options: { store: ConversationStore }): Middleware<TurnContext> =>
  async function dedupe(ctx, next) {
    const completed = await options.store.completedTurn(ctx.conversationKey, ctx.event.id);
    if (completed) {
      ctx.duplicate = true;
      ctx.replies = completed.replies;
      ctx.log.debug('duplicate event answered from its recorded turn');
      return;
    }
    await next();
  };
