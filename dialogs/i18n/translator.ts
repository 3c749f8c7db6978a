import { readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import i18next, { type i18n } from 'i18next';
import { z } from 'zod';
import type { TranslationParams } from '../engine/reply-draft.js';

type Messages = { [key: string]: string | Messages };
const MessagesSchema: z.ZodType<Messages> = z.lazy(() => z.record(z.string(), z.union([z.string(), MessagesSchema])));

export interface Translator {
  readonly languages: readonly string[];
  readonly fallbackLanguage: string;
  t(language: string, key: string, params?: TranslationParams): string;
  /** Every key of one language, flattened with dots, for checks that all locales agree. */
  keys(language: string): string[];
}

/**
 * Loads `locales/<language>.json` into one i18next instance. Missing keys fall back to the
 * fallback language, never to the raw key, so a shopper never sees `order.status.shipped`.
 */
export function createTranslator(options: { directory: string; languages: readonly string[]; fallbackLanguage: string }): Translator {
  const files = new Set(readdirSync(options.directory).filter((file) => file.endsWith('.json')).map((file) => basename(file, '.json')));
  const resources: Record<string, { translation: Messages }> = {};
  for (const language of options.languages) {
    if (!files.has(language)) throw new Error(`locales/${language}.json is missing`);
    const parsed: unknown = JSON.parse(readFileSync(join(options.directory, `${language}.json`), 'utf8'));
    resources[language] = { translation: MessagesSchema.parse(parsed) };
  }
  const instance: i18n = i18next.createInstance();
  void instance.init({
    resources,
    lng: options.fallbackLanguage,
    fallbackLng: options.fallbackLanguage,
    supportedLngs: [...options.languages],
    initAsync: false,
    // Replies are plain text, escaped by each channel's renderer, not HTML.
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  const fixed = new Map(options.languages.map((language) => [language, instance.getFixedT(language)]));
  const fallback = instance.getFixedT(options.fallbackLanguage);
  const templates = new Map<string, Template | null>();

  /** A message with only `{{name}}` placeholders, split once; null where i18next must do the work. */
  function template(language: string, key: string): Template | null {
    const cacheKey = `${language}\u0000${key}`;
    let compiled = templates.get(cacheKey);
    if (compiled === undefined) {
      const resolved = fixed.has(language) ? language : options.fallbackLanguage;
      const text: unknown = instance.getResource(resolved, 'translation', key) ?? instance.getResource(options.fallbackLanguage, 'translation', key);
      compiled = typeof text === 'string' && !text.includes('$t(') ? text.split(/\{\{\s*(\w+)\s*\}\}/) : null;
      templates.set(cacheKey, compiled);
    }
    return compiled;
  }

  return {
    languages: options.languages,
    fallbackLanguage: options.fallbackLanguage,
    t(language, key, params) {
      // Plurals and context need i18next's rules; everything else is a compiled template,
      // which keeps translation off the per-turn profile.
      const compiled = params && ('count' in params || 'context' in params) ? null : template(language, key);
      if (!compiled) return (fixed.get(language) ?? fallback)(key, params ?? {});
      let text = compiled[0] ?? '';
      for (let index = 1; index < compiled.length; index += 2) {
        const name = compiled[index] ?? '';
        const value = params?.[name];
        text += (value === undefined ? `{{${name}}}` : String(value)) + (compiled[index + 1] ?? '');
      }
      return text;
    },
    keys(language) {
      return flatten(resources[language]?.translation ?? {});
    },
  };
}

/** Literal text at even indexes, placeholder names at odd ones. */
type Template = string[];

function flatten(messages: Messages, prefix = ''): string[] {
  return Object.entries(messages).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : flatten(value, `${prefix}${key}.`));
}
