import { z } from 'zod';
import { OutboundPartSchema } from '../../connectors/contract/outbound-part.js';

export const SenderSchema = z.enum(['shopper', 'bot', 'agent']);
export type Sender = z.infer<typeof SenderSchema>;

/** One line of a conversation's transcript, inbound or outbound. */
export const TranscriptEntrySchema = z.object({
  from: SenderSchema,
  text: z.string(),
  at: z.iso.datetime(),
  /** The inbound event this line is, or answers. */
  eventId: z.string().optional(),
  parts: z.array(OutboundPartSchema).optional(),
  /** What the bot understood of a shopper line: intent, language. */
  meta: z.record(z.string(), z.unknown()).optional(),
});
export type TranscriptEntry = z.infer<typeof TranscriptEntrySchema>;
