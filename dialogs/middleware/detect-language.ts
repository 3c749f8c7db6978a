import type { Middleware } from '../engine/compose.js';
import type { TurnContext } from '../engine/turn-context.js';
import { detectLanguage as detect } from '../understanding/detect-language.js';

/** Sets the conversation's language from the message, sticking to the current one when unsure. */
export const detectLanguage = (options: { languages: readonly string[] }): Middleware<TurnContext> =>
  async function detectLanguage(ctx, next) {
    if (ctx.event.type === 'message') {
      const detected = detect(ctx.event.text, { languages: options.languages, current: ctx.state.language });
      if (detected !== ctx.state.language) ctx.log.debug({ from: ctx.state.language, to: detected }, 'language switched');
      ctx.state.language = detected;
    }
    await next();
  };
