import type { Localized } from '../../localized.js';

/**
 * Spanish words agree with the noun they describe, so the tables say how: a noun's gender and
 * number, and whether a modifier is an adjective (inflected, placed right after the noun) or a
 * fixed phrase such as "de piel" (placed last).
 */
export interface SpanishNoun {
  text: string;
  gender: 'm' | 'f';
  plural: boolean;
}

export type SpanishModifier =
  | { adjective: string; invariable?: boolean }
  | { phrase: string };

/** A word in the three shop languages; English in title case, Spanish in lower case. */
export interface CatalogWord {
  key: string;
  en: string;
  zh: string;
}

export interface CatalogModifier extends CatalogWord {
  es: SpanishModifier;
  /** Costlier materials (leather, cashmere, silk ...) are priced in the upper part of the range. */
  premium?: boolean;
}

export interface CatalogStyle extends CatalogWord {
  es: { adjective: string; invariable?: boolean };
}

export interface CatalogNoun extends CatalogWord {
  es: SpanishNoun;
  /** Keys of the modifiers (materials, features) that make sense with this noun. */
  modifiers: readonly string[];
  /** Keys of the styles that make sense with it; all of the category's when absent. */
  styles?: readonly string[];
  /** Overrides the category's sizes. */
  sizes?: readonly string[];
  /** Overrides the category's colours. */
  colours?: readonly string[];
}

/**
 * One category of the demo catalog. Product names are composed as style + modifier + noun
 * ("Classic Canvas Sneakers", "经典帆布运动鞋", "Zapatillas clásicas de lona").
 */
export interface CatalogCategory {
  id: string;
  name: Localized;
  nouns: readonly CatalogNoun[];
  modifiers: readonly CatalogModifier[];
  styles: readonly CatalogStyle[];
  sizes: readonly string[];
  /** Colour codes from `colours.ts`. */
  colours: readonly string[];
  /** Whole major units, both included. */
  priceRange: readonly [number, number];
  /** Sentences that fit every product of the category. */
  descriptions: readonly Localized[];
}
