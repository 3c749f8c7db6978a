import { z } from 'zod';

/** What a channel can show. Rich parts are degraded to fit before `Connector.send` sees them. */
export const CapabilitiesSchema = z.object({
  choices: z.boolean(),
  cards: z.boolean(),
  carousel: z.boolean(),
  typing: z.boolean(),
  /** The longest text one message may carry; longer text is split. */
  maxTextLength: z.number().int().positive(),
  maxChoices: z.number().int().positive(),
});
export type Capabilities = z.infer<typeof CapabilitiesSchema>;

export const richCapabilities: Capabilities = {
  choices: true,
  cards: true,
  carousel: true,
  typing: true,
  maxTextLength: 4096,
  maxChoices: 10,
};
