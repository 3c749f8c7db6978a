import type { Localized } from '../localized.js';
import type { CatalogCategory, CatalogModifier, CatalogNoun, CatalogStyle } from './catalog/catalog-category.js';
import { DEMO_CATALOG } from './catalog/demo-catalog.js';
import { spanishName } from './catalog/spanish.js';
import type { DemoCategory, DemoProduct } from './demo-shop-data.js';
import type { Random } from './random.js';

export const PRODUCTS_PER_CATEGORY = 30;

interface Combination {
  noun: CatalogNoun;
  modifier: CatalogModifier;
  style: CatalogStyle;
}

/** The catalog: every category's products, composed from its word tables. */
export function generateProducts(random: Random): { categories: DemoCategory[]; products: DemoProduct[] } {
  const categories = DEMO_CATALOG.map((category) => ({ id: category.id, name: category.name }));
  const products = DEMO_CATALOG.flatMap((category) =>
    pickCombinations(random, category).map((combination, index) => composeProduct(random, category, combination, index + 1)),
  );
  return { categories, products };
}

/** Distinct noun/modifier/style triples, taking the nouns in turn so every kind of product shows up. */
function pickCombinations(random: Random, category: CatalogCategory): Combination[] {
  const byNoun = category.nouns.map((noun) =>
    random.shuffle(
      noun.modifiers.flatMap((modifierKey) => {
        const modifier = category.modifiers.find((candidate) => candidate.key === modifierKey);
        if (modifier === undefined) throw new RangeError(`${category.id}: unknown modifier ${modifierKey}`);
        return allowedStyles(category, noun).map((style) => ({ noun, modifier, style }));
      }),
    ),
  );
  const picked: Combination[] = [];
  for (let round = 0; picked.length < PRODUCTS_PER_CATEGORY; round++) {
    const before = picked.length;
    for (const combinations of byNoun) {
      const combination = combinations[round];
      if (combination !== undefined && picked.length < PRODUCTS_PER_CATEGORY) picked.push(combination);
    }
    if (picked.length === before) throw new RangeError(`${category.id}: not enough word combinations`);
  }
  return picked;
}

function allowedStyles(category: CatalogCategory, noun: CatalogNoun): readonly CatalogStyle[] {
  if (noun.styles === undefined) return category.styles;
  return noun.styles.map((key) => {
    const style = category.styles.find((candidate) => candidate.key === key);
    if (style === undefined) throw new RangeError(`${category.id}: unknown style ${key}`);
    return style;
  });
}

function composeProduct(random: Random, category: CatalogCategory, { noun, modifier, style }: Combination, number: number): DemoProduct {
  const colours = noun.colours ?? category.colours;
  const chosenColours = random.sample(colours, random.int(2, 4));
  return {
    id: `${category.id}-${String(number).padStart(3, '0')}`,
    category: category.id,
    name: {
      'zh-CN': `${style.zh}${modifier.zh}${noun.zh}`,
      en: `${style.en} ${modifier.en} ${noun.en}`,
      es: spanishName(noun.es, modifier.es, style.es),
    },
    description: describe(random, category),
    priceMinor: price(random, category, modifier),
    stock: random.weighted([
      [0, 8],
      [random.int(1, 5), 12],
      [random.int(6, 50), 50],
      [random.int(51, 300), 30],
    ]),
    sizes: [...(noun.sizes ?? category.sizes)],
    colourCodes: colours.filter((code) => chosenColours.includes(code)),
  };
}

function describe(random: Random, category: CatalogCategory): Localized {
  const sentences = random.sample(category.descriptions, 2);
  return {
    'zh-CN': sentences.map((sentence) => sentence['zh-CN']).join(''),
    en: sentences.map((sentence) => sentence.en).join(' '),
    es: sentences.map((sentence) => sentence.es).join(' '),
  };
}

/** Shop-like prices: mostly x.99, some round, a few x.50; premium materials in the upper part of the range. */
function price(random: Random, category: CatalogCategory, modifier: CatalogModifier): number {
  const [min, max] = category.priceRange;
  const split = Math.round(min + (max - min) * 0.55);
  const whole = modifier.premium ? random.int(split, max) : random.int(min, split);
  const cents = random.weighted([
    [99, 6],
    [0, 3],
    [50, 1],
  ]);
  return cents === 99 ? whole * 100 - 1 : whole * 100 + cents;
}
