import { z } from 'zod';

/** A button: `label` is shown, `payload` comes back as a `choice` event when pressed. */
export const ChoiceSchema = z.object({
  label: z.string().min(1).max(200),
  payload: z.string().min(1).max(512),
});
export type Choice = z.infer<typeof ChoiceSchema>;

export const CardSchema = z.object({
  title: z.string().min(1).max(300),
  body: z.string().max(2000).optional(),
  imageUrl: z.string().max(2048).optional(),
  url: z.string().max(2048).optional(),
  choices: z.array(ChoiceSchema).max(10).optional(),
});
export type Card = z.infer<typeof CardSchema>;

export const OutboundPartSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('text'), text: z.string().min(1) }),
  z.object({ type: z.literal('choices'), text: z.string().min(1), choices: z.array(ChoiceSchema).min(1).max(20) }),
  CardSchema.extend({ type: z.literal('card') }),
  z.object({ type: z.literal('carousel'), cards: z.array(CardSchema).min(1).max(10) }),
  z.object({ type: z.literal('typing') }),
]);
export type OutboundPart = z.infer<typeof OutboundPartSchema>;
export type CardPart = Extract<OutboundPart, { type: 'card' }>;
