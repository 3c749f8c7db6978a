import type { Middleware } from '../engine/compose.js';
import type { TurnContext } from '../engine/turn-context.js';
import type { Understanding } from '../understanding/understanding.js';

export type Recognizer = (text: string, language: string) => Understanding | Promise<Understanding>;

/** Reads intent and entities off the shopper's message (buttons carry their meaning in the payload). */
export const understand = (options: { recognize: Recognizer }): Middleware<TurnContext> =>
  async function understand(ctx, next) {
    if (ctx.event.type === 'message') {
      ctx.understanding = await options.recognize(ctx.event.text, ctx.state.language);
      ctx.state.intent = ctx.understanding.intent.name;
    }
    await next();
  };
