import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect } from 'chai';
import { createTranslator } from '../../dialogs/i18n/translator.js';

const directory = fileURLToPath(new URL('../../locales', import.meta.url));
const languages = readdirSync(directory).filter((file) => file.endsWith('.json')).map((file) => file.replace(/\.json$/, ''));
const translator = createTranslator({ directory, languages, fallbackLanguage: 'en' });

function placeholders(language: string, key: string): string[] {
  const messages: unknown = JSON.parse(readFileSync(`${directory}/${language}.json`, 'utf8'));
  const text = key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], messages);
  return [...String(text).matchAll(/\{\{(\w+)\}\}/g)].map((match) => match[1] ?? '').sort();
}

describe('locales', () => {
  it('ships zh-CN, en and es', () => {
    expect(languages).to.include.members(['en', 'zh-CN', 'es']);
  });

  for (const language of languages.filter((name) => name !== 'en')) {
    it(`${language} has exactly the English keys, with the same placeholders`, () => {
      expect(translator.keys(language).sort()).to.deep.equal(translator.keys('en').sort());
      for (const key of translator.keys('en')) expect(placeholders(language, key), key).to.deep.equal(placeholders('en', key));
    });
  }

  it('interpolates without HTML escaping (channels escape for themselves)', () => {
    expect(translator.t('en', 'order.notOnAccount', { orderId: '<10042>' })).to.contain('#<10042>');
  });
});

describe('translator', () => {
  const reference = createTranslator({ directory, languages, fallbackLanguage: 'en' });

  it('renders every message exactly as i18next does, with and without parameters', async () => {
    const i18next = (await import('i18next')).default.createInstance();
    const { readFileSync: read } = await import('node:fs');
    await i18next.init({
      resources: Object.fromEntries(languages.map((language) => [language, { translation: JSON.parse(read(`${directory}/${language}.json`, 'utf8')) as object }])),
      lng: 'en', fallbackLng: 'en', initAsync: false, interpolation: { escapeValue: false },
    });
    const params = { orderId: '10042', total: '$1.00', items: 'A & B', placedAt: 'today', carrier: 'UPS' };
    for (const language of languages) {
      for (const key of reference.keys('en')) {
        expect(reference.t(language, key, params), `${language} ${key}`).to.equal(i18next.getFixedT(language)(key, params));
        expect(reference.t(language, key), `${language} ${key}`).to.equal(i18next.getFixedT(language)(key));
      }
    }
  });

  it('falls back to English for a language it does not have, and leaves a missing parameter visible', () => {
    expect(reference.t('fr', 'smallTalk.thanks')).to.equal(reference.t('en', 'smallTalk.thanks'));
    expect(reference.t('en', 'order.notOnAccount')).to.contain('{{orderId}}');
  });
});
