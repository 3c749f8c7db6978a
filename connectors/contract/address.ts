import { z } from 'zod';

/** Channels Parley speaks. A connector owns exactly one. */
export const channelIds = ['web', 'rest', 'telegram', 'wechat', 'wechaty', 'teams'] as const;
export const ChannelIdSchema = z.enum(channelIds);
export type ChannelId = z.infer<typeof ChannelIdSchema>;

/** Identifies one conversation of one user on one channel of one bot. */
export const AddressSchema = z.object({
  channel: ChannelIdSchema,
  botId: z.string().min(1).max(64),
  conversationId: z.string().min(1).max(128),
  userId: z.string().min(1).max(128),
});
export type Address = z.infer<typeof AddressSchema>;

/** The storage key of a conversation: `channel:botId:conversationId`. */
export function conversationKeyOf(address: Pick<Address, 'channel' | 'botId' | 'conversationId'>): string {
  return `${address.channel}:${address.botId}:${address.conversationId}`;
}
