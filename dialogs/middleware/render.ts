import type { ChannelId } from '../../connectors/contract/address.js';
import type { Capabilities } from '../../connectors/contract/capabilities.js';
import { degrade } from '../../connectors/contract/degrade.js';
import type { OutboundPart } from '../../connectors/contract/outbound-part.js';
import type { Middleware } from '../engine/compose.js';
import type { ReplyDraft } from '../engine/reply-draft.js';
import type { TurnContext } from '../engine/turn-context.js';
import type { Translator } from '../i18n/translator.js';

export interface RenderOptions {
  translator: Translator;
  capabilitiesOf: (channel: ChannelId) => Capabilities;
}

/** Puts the turn's drafts into the conversation's language and fits them to the channel. */
export const render = (options: RenderOptions): Middleware<TurnContext> =>
  async function render(ctx, next) {
    ctx.throwIfAborted();
    const parts = renderDrafts(ctx.reply.drafts, ctx.state.language, options.translator);
    ctx.replies = degrade(parts, options.capabilitiesOf(ctx.event.address.channel));
    await next();
  };

export function renderDrafts(drafts: readonly ReplyDraft[], language: string, translator: Translator): OutboundPart[] {
  return drafts.map((draft): OutboundPart => {
    switch (draft.type) {
      case 'text':
        return { type: 'text', text: translator.t(language, draft.key, draft.params) };
      case 'choices':
        return {
          type: 'choices',
          text: translator.t(language, draft.key, draft.params),
          choices: draft.choices.map((choice) => ({ label: translator.t(language, choice.labelKey, choice.params), payload: choice.payload })),
        };
      case 'part':
        return draft.part;
    }
  });
}
