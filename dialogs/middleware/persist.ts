import { partText } from '../../connectors/contract/degrade.js';
import type { OutboundPart } from '../../connectors/contract/outbound-part.js';
import type { Middleware } from '../engine/compose.js';
import type { TurnContext } from '../engine/turn-context.js';
import type { ConversationStore } from '../state/conversation-store.js';
import type { TranscriptEntry } from '../state/transcript-entry.js';

/**
 * Commits the turn: the new state, the bot's lines and the replies for deduplication, in one
 * write. It runs before delivery, so a crash after it can only cost a resend, never a lost line.
 */
export const persist = (options: { store: ConversationStore }): Middleware<TurnContext> =>
  async function persist(ctx, next) {
    ctx.throwIfAborted();
    const now = new Date().toISOString();
    ctx.state.turns += 1;
    ctx.state.lastActiveAt = now;
    const meta = ctx.understanding
      ? { intent: ctx.understanding.intent.name, confidence: ctx.understanding.intent.confidence, language: ctx.state.language }
      : undefined;
    await options.store.commitTurn(ctx.conversationKey, {
      eventId: ctx.event.id,
      expectedVersion: ctx.record?.version ?? 0,
      state: ctx.state,
      outbound: botLines(ctx.replies, ctx.event.id, now, meta),
      replies: ctx.replies,
    });
    await next();
  };

export function botLines(replies: readonly OutboundPart[], eventId: string, at: string, meta?: Record<string, unknown>): TranscriptEntry[] {
  return replies
    .filter((part) => part.type !== 'typing')
    .map((part) => ({ from: 'bot' as const, text: partText(part), parts: [part], at, eventId, ...(meta && { meta }) }));
}
