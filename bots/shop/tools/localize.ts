import type { Localized } from '../../../commerce/localized.js';

/** Picks the shopper's language from catalog data, falling back to English. */
export function localize(text: Localized, language: string): string {
  return language in text ? text[language as keyof Localized] : text.en;
}
