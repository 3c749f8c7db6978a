/** The languages the shop's own data (product names, places) is written in. */
export const SHOP_LOCALES = ['zh-CN', 'en', 'es'] as const;

export type ShopLocale = (typeof SHOP_LOCALES)[number];

/** A text the shop holds in every one of its languages (catalog data, not UI copy). */
export type Localized = { 'zh-CN': string; en: string; es: string };

/** The text in `language`, or in English for a language the shop does not write. */
export function localize(text: Localized, language: string): string {
  return language in text ? text[language as keyof Localized] : text.en;
}
