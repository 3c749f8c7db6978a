import type { SpanishModifier, SpanishNoun } from './catalog-category.js';

/**
 * Inflects a Spanish adjective given in its masculine singular form to agree with `noun`:
 * clásico -> clásica, clásicos, clásicas; elegante -> elegantes; casual -> casuales;
 * minimalista -> minimalistas. Invariable words (retro, Bluetooth) stay as they are.
 */
export function agree(modifier: { adjective: string; invariable?: boolean }, noun: SpanishNoun): string {
  const { adjective } = modifier;
  if (modifier.invariable) return adjective;
  const stem = adjective.slice(0, -1);
  const singular = adjective.endsWith('o') && noun.gender === 'f' ? `${stem}a` : adjective;
  if (!noun.plural) return singular;
  return /[aeiouáéó]$/.test(singular) ? `${singular}s` : `${singular}es`;
}

/**
 * Noun, then an adjective modifier, then the style, then a phrase modifier:
 * "Camisa vaquera clásica", "Zapatillas clásicas de lona", "Altavoz Bluetooth portátil".
 */
export function spanishName(noun: SpanishNoun, modifier: SpanishModifier, style: { adjective: string; invariable?: boolean }): string {
  const words = [noun.text];
  if ('adjective' in modifier) words.push(agree(modifier, noun));
  words.push(agree(style, noun));
  if ('phrase' in modifier) words.push(modifier.phrase);
  const name = words.join(' ');
  return name.charAt(0).toUpperCase() + name.slice(1);
}
