import type { Middleware } from '../engine/compose.js';
import type { TurnContext } from '../engine/turn-context.js';
import type { ConversationStore } from '../state/conversation-store.js';
import { initialState } from '../state/conversation-state.js';

export interface LoadStateOptions {
  store: ConversationStore;
  languages: readonly string[];
  defaultLanguage: string;
}

/**
 * Loads the conversation, creating it on first contact for channels whose conversations start
 * implicitly (Telegram, WeChat, Teams), and gives the turn a working copy of the state.
 */
export const loadState = (options: LoadStateOptions): Middleware<TurnContext> =>
  async function loadState(ctx, next) {
    const { address, locale } = ctx.event;
    let record = await options.store.get(ctx.conversationKey);
    if (!record) {
      const language = pickLanguage(locale, options.languages) ?? options.defaultLanguage;
      record = await options.store.create(ctx.conversationKey, { address, state: initialState(language) });
    }
    ctx.record = record;
    // The store hands out a copy, so the turn may change it freely until persist commits it.
    ctx.state = record.state;
    await next();
  };

/** Maps a channel locale such as `es-MX` or `zh-Hans-CN` onto one of the bot's languages. */
export function pickLanguage(locale: string | undefined, languages: readonly string[]): string | undefined {
  if (!locale) return undefined;
  const wanted = locale.toLowerCase().replace('_', '-');
  const exact = languages.find((language) => language.toLowerCase() === wanted);
  if (exact) return exact;
  const primary = wanted.split('-')[0];
  return languages.find((language) => language.toLowerCase().split('-')[0] === primary);
}
