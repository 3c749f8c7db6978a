import type { Address } from '../../connectors/contract/address.js';
import type { SendOptions } from '../../connectors/contract/connector.js';
import type { OutboundPart } from '../../connectors/contract/outbound-part.js';
import type { Middleware } from '../engine/compose.js';
import type { TurnContext } from '../engine/turn-context.js';

export type Deliver = (address: Address, parts: OutboundPart[], options?: SendOptions) => Promise<void>;

/** Sends the committed replies through the conversation's own channel. */
export const deliver = (options: { send: Deliver }): Middleware<TurnContext> =>
  async function deliver(ctx, next) {
    ctx.throwIfAborted();
    if (ctx.replies.length > 0) await options.send(ctx.event.address, ctx.replies, { inReplyTo: ctx.event.id });
    await next();
  };
