import { randomUUID } from 'node:crypto';
import { conversationKeyOf, type ChannelId } from '../../connectors/contract/address.js';
import { pickLanguage } from '../middleware/load-state.js';
import type { ConversationRecord, ConversationStore } from './conversation-store.js';
import { initialState } from './conversation-state.js';

export interface StartConversationOptions {
  channel: ChannelId;
  botId: string;
  userId?: string;
  locale?: string;
  languages: readonly string[];
  defaultLanguage: string;
  secretHash?: string;
}

/** Opens a new conversation with a fresh id, for channels where the client asks for one (REST, web). */
export async function startConversation(store: ConversationStore, options: StartConversationOptions): Promise<ConversationRecord> {
  const conversationId = randomUUID();
  const address = {
    channel: options.channel,
    botId: options.botId,
    conversationId,
    userId: options.userId ?? `${options.channel}-${conversationId}`,
  };
  const language = pickLanguage(options.locale, options.languages) ?? options.defaultLanguage;
  return store.create(conversationKeyOf(address), {
    address,
    state: initialState(language),
    ...(options.secretHash !== undefined && { secretHash: options.secretHash }),
  });
}
