import type { ChannelId } from '../../connectors/contract/address.js';
import type { Capabilities } from '../../connectors/contract/capabilities.js';
import { degrade } from '../../connectors/contract/degrade.js';
import type { Translator } from '../i18n/translator.js';
import type { Deliver } from '../middleware/deliver.js';
import { pickLanguage } from '../middleware/load-state.js';
import { botLines } from '../middleware/persist.js';
import type { ConversationStore } from '../state/conversation-store.js';
import type { ErrorBoundary } from './engine.js';

export interface ApologizeOptions {
  store: ConversationStore;
  translator: Translator;
  capabilitiesOf: (channel: ChannelId) => Capabilities;
  send: Deliver;
}

/**
 * The error boundary: the shopper gets a localized apology, the turn is recorded as done (so a
 * redelivery of the same event does not fail again) and the stored state is left as it was.
 */
export const apologize = (options: ApologizeOptions): ErrorBoundary =>
  async function apologize(ctx) {
    const language = ctx.record?.state.language
      ?? pickLanguage(ctx.event.locale, options.translator.languages)
      ?? options.translator.fallbackLanguage;
    const parts = degrade([{ type: 'text', text: options.translator.t(language, 'errors.apology') }], options.capabilitiesOf(ctx.event.address.channel));
    ctx.replies = parts;
    if (ctx.record) {
      const at = new Date().toISOString();
      await options.store.commitTurn(ctx.conversationKey, {
        eventId: ctx.event.id, expectedVersion: ctx.record.version, outbound: botLines(parts, ctx.event.id, at), replies: parts,
      });
    }
    await options.send(ctx.event.address, parts, { inReplyTo: ctx.event.id });
  };
