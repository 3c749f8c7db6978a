import type { Capabilities } from './capabilities.js';
import type { Card, Choice, OutboundPart } from './outbound-part.js';

/**
 * Fits parts to what a channel can show, the way Rasa's OutputChannel does: buttons become
 * numbered text, a card becomes text with its link, a carousel becomes cards (or text), and long
 * text is split at the channel's limit. Pure, so every connector's rendering is testable.
 */
export function degrade(parts: readonly OutboundPart[], capabilities: Capabilities): OutboundPart[] {
  const result: OutboundPart[] = [];
  for (const part of parts) {
    switch (part.type) {
      case 'typing':
        if (capabilities.typing) result.push(part);
        break;
      case 'text':
        result.push(...splitText(part.text, capabilities.maxTextLength).map((text) => ({ type: 'text' as const, text })));
        break;
      case 'choices':
        if (capabilities.choices && part.choices.length <= capabilities.maxChoices) result.push(part);
        else result.push(...degrade([{ type: 'text', text: numberedChoices(part.text, part.choices) }], capabilities));
        break;
      case 'card':
        if (capabilities.cards) result.push(part);
        else result.push(...degrade([{ type: 'text', text: cardAsText(part) }], capabilities));
        break;
      case 'carousel':
        if (capabilities.carousel) result.push(part);
        else result.push(...degrade(part.cards.map((card) => ({ ...card, type: 'card' as const })), capabilities));
        break;
    }
  }
  return result;
}

function numberedChoices(text: string, choices: readonly Choice[]): string {
  return [text, ...choices.map((choice, index) => `${index + 1}. ${choice.label}`)].join('\n');
}

export function cardAsText(card: Card): string {
  const lines = [card.title];
  if (card.body) lines.push(card.body);
  if (card.url) lines.push(card.url);
  if (card.choices?.length) lines.push(...card.choices.map((choice, index) => `${index + 1}. ${choice.label}`));
  return lines.join('\n');
}

/** Splits at the last line break or space before the limit, never inside a surrogate pair. */
export function splitText(text: string, limit: number): string[] {
  const chunks: string[] = [];
  let rest = text;
  while ([...rest].length > limit) {
    const head = [...rest].slice(0, limit).join('');
    let cut = Math.max(head.lastIndexOf('\n'), head.lastIndexOf(' '));
    if (cut < limit / 2) cut = head.length;
    chunks.push(rest.slice(0, cut).trimEnd());
    rest = rest.slice(cut).trimStart();
  }
  if (rest.length > 0 || chunks.length === 0) chunks.push(rest);
  return chunks;
}

/** The plain text a part stands for, as kept in transcripts. */
export function partText(part: OutboundPart): string {
  switch (part.type) {
    case 'text': return part.text;
    case 'choices': return numberedChoices(part.text, part.choices);
    case 'card': return cardAsText(part);
    case 'carousel': return part.cards.map(cardAsText).join('\n\n');
    case 'typing': return '';
  }
}
