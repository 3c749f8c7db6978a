import { z } from 'zod';
import { AddressSchema } from './address.js';

export const AttachmentSchema = z.object({
  kind: z.enum(['image', 'file', 'audio', 'video', 'location']),
  url: z.string().max(2048).optional(),
  name: z.string().max(256).optional(),
  mimeType: z.string().max(128).optional(),
});
export type Attachment = z.infer<typeof AttachmentSchema>;

/** Text longer than this is refused at every boundary (HTTP 413, socket error event). */
export const MAX_TEXT_BYTES = 4096;

const base = {
  /** The dedupe key: Telegram update_id, WeChat MsgId, Bot Framework activity.id, a web client's uuid. */
  id: z.string().min(1).max(200),
  address: AddressSchema,
  receivedAt: z.iso.datetime(),
  locale: z.string().min(2).max(35).optional(),
  /** The platform's own payload, kept untouched for audit and debugging. */
  raw: z.unknown(),
};

export const InboundEventSchema = z.discriminatedUnion('type', [
  z.object({ ...base, type: z.literal('message'), text: z.string().max(MAX_TEXT_BYTES), attachments: z.array(AttachmentSchema).max(10) }),
  z.object({ ...base, type: z.literal('choice'), payload: z.string().min(1).max(512) }),
  z.object({ ...base, type: z.literal('conversation-start') }),
  z.object({ ...base, type: z.literal('conversation-end') }),
]);
export type InboundEvent = z.infer<typeof InboundEventSchema>;
export type InboundEventType = InboundEvent['type'];

/** What the shopper said, as one line of text: the message text or the pressed button's payload. */
export function inboundText(event: InboundEvent): string {
  switch (event.type) {
    case 'message': return event.text;
    case 'choice': return event.payload;
    default: return '';
  }
}
