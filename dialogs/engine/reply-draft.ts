import type { OutboundPart } from '../../connectors/contract/outbound-part.js';

export type TranslationParams = Record<string, string | number>;

/**
 * A reply before it is put into words. Stages name locale keys; the render stage translates them
 * into the conversation's language at the end of the turn, so a language switch mid-turn is honoured.
 */
export type ReplyDraft =
  | { type: 'text'; key: string; params?: TranslationParams }
  | { type: 'choices'; key: string; params?: TranslationParams; choices: DraftChoice[] }
  /** A part already in the shopper's language, e.g. a product card built from catalog data. */
  | { type: 'part'; part: OutboundPart };

export interface DraftChoice {
  labelKey: string;
  params?: TranslationParams;
  payload: string;
}

/** The `ctx.reply` helper: `ctx.reply.text('order.status', { orderId })`. */
export class ReplyBuilder {
  readonly drafts: ReplyDraft[] = [];

  text(key: string, params?: TranslationParams): this {
    this.drafts.push({ type: 'text', key, ...(params && { params }) });
    return this;
  }

  choices(key: string, choices: DraftChoice[], params?: TranslationParams): this {
    this.drafts.push({ type: 'choices', key, choices, ...(params && { params }) });
    return this;
  }

  part(part: OutboundPart): this {
    this.drafts.push({ type: 'part', part });
    return this;
  }
}
