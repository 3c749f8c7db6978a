import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'chai';
import type { Browser, Page } from 'playwright-core';
import { KEEP_NAMES_SHIM, launchChromium } from './chromium.js';

// The widget's browser modules, loaded as the page loads them (ES modules from web/public) in
// real Chromium. Files are answered straight from disk through request interception, so these
// tests need no server.
const publicDirectory = fileURLToPath(new URL('../../web/public/', import.meta.url));
const ORIGIN = 'http://parley.test';
const contentTypes: Record<string, string> = { '.js': 'text/javascript', '.css': 'text/css', '.html': 'text/html', '.svg': 'image/svg+xml' };

interface PartsModule {
  renderPart(part: unknown, context: { t: (key: string) => string; onChoice: (choice: { label: string; payload: string }) => void }): HTMLElement | null;
  partsToPlainText(parts: unknown[]): string;
}

describe('web widget modules (in Chromium)', function () {
  let browser: Browser;
  let page: Page;

  before(async function () {
    browser = await launchChromium(this);
    const context = await browser.newContext();
    await context.addInitScript(KEEP_NAMES_SHIM);
    await context.route(`${ORIGIN}/**`, async (route) => {
      const path = new URL(route.request().url()).pathname;
      if (path === '/') return route.fulfill({ contentType: 'text/html', body: '<!doctype html><html lang="en"><title>modules</title><body></body></html>' });
      const file = normalize(join(publicDirectory, decodeURIComponent(path)));
      if (!file.startsWith(publicDirectory)) return route.fulfill({ status: 404 });
      try {
        return await route.fulfill({ contentType: contentTypes[extname(file)] ?? 'application/octet-stream', body: await readFile(file) });
      } catch {
        return route.fulfill({ status: 404 });
      }
    });
    page = await context.newPage();
    await page.goto(`${ORIGIN}/`);
  });

  after(async () => {
    await browser?.close();
  });

  describe('safeUrl', () => {
    const check = (values: string[]) => page.evaluate(async (inputs) => {
      const modulePath = '/safe-url.js';
      const { safeUrl } = (await import(modulePath)) as { safeUrl: (value: unknown) => string | null };
      return inputs.map((value) => safeUrl(value));
    }, values);

    it('lets through absolute http(s) URLs and same-origin relative ones', async () => {
      expect(await check(['https://shop.example/p/1', 'http://shop.example/', '/images/products/a.svg', 'track?id=1'])).to.deep.equal([
        'https://shop.example/p/1',
        'http://shop.example/',
        `${ORIGIN}/images/products/a.svg`,
        `${ORIGIN}/track?id=1`,
      ]);
    });

    it('refuses script, data and other schemes however they are disguised', async () => {
      const hostile = ['javascript:alert(1)', ' JaVaScRiPt:alert(1)', 'java\nscript:alert(1)', 'data:text/html,<script>1</script>', 'vbscript:x', 'mailto:a@b.c', 'file:///etc/passwd'];
      expect(await check(hostile)).to.deep.equal(hostile.map(() => null));
    });

    it('refuses protocol-relative URLs, which leave the origin', async () => {
      expect(await check(['//evil.example/x.png', '\\\\evil.example/x.png', '', '   '])).to.deep.equal([null, null, null, null]);
    });
  });

  describe('language choice', () => {
    const pick = (search: string, languages: string[]) => page.evaluate(async ([query, preferred]) => {
      const modulePath = '/i18n.js';
      const { pickLanguage } = (await import(modulePath)) as { pickLanguage: (search: string, languages: string[]) => string };
      return pickLanguage(query, preferred);
    }, [search, languages] as const);

    it('follows ?lang= first, then the browser, then English', async () => {
      expect(await pick('?lang=zh-CN', ['es'])).to.equal('zh-CN');
      expect(await pick('?lang=es', [])).to.equal('es');
      expect(await pick('', ['zh-Hans-CN', 'en'])).to.equal('zh-CN');
      expect(await pick('?lang=fr', ['de-DE', 'es-MX'])).to.equal('es');
      expect(await pick('', ['fr-FR'])).to.equal('en');
    });

    it('has every word of the page in English, Chinese and Spanish, with the same placeholders', async () => {
      const report = await page.evaluate(async () => {
        const modulePath = '/i18n.js';
        const { translate, LANGUAGES } = (await import(modulePath)) as {
          translate: (language: string, key: string) => string;
          LANGUAGES: Array<{ code: string }>;
        };
        const response = await fetch('/i18n.js');
        const keys = [...new Set([...(await response.text()).matchAll(/'((?:shop|hero|products|product|category|footer|chat)\.[\w.-]+)':/g)].map((match) => match[1] ?? ''))];
        return LANGUAGES.map(({ code }) => ({
          code,
          untranslated: keys.filter((key) => code !== 'en' && translate(code, key) === translate('en', key) && !['chat.counter'].includes(key)),
          placeholders: keys.map((key) => (translate(code, key).match(/\{\w+\}/g) ?? []).sort().join(',')),
        }));
      });
      const english = report.find((entry) => entry.code === 'en');
      for (const entry of report) {
        expect(entry.untranslated, `${entry.code} falls back to English`).to.deep.equal([]);
        expect(entry.placeholders, `${entry.code} placeholders`).to.deep.equal(english?.placeholders);
      }
      expect(report.map((entry) => entry.code)).to.deep.equal(['en', 'zh-CN', 'es']);
    });
  });

  it('counts message size in UTF-8 bytes, as the server does', async () => {
    const sizes = await page.evaluate(async () => {
      const modulePath = '/message-limit.js';
      const { utf8ByteLength, MAX_MESSAGE_BYTES } = (await import(modulePath)) as { utf8ByteLength: (text: string) => number; MAX_MESSAGE_BYTES: number };
      return [utf8ByteLength('hi'), utf8ByteLength('é'), utf8ByteLength('字'), utf8ByteLength('🎧'), MAX_MESSAGE_BYTES];
    });
    expect(sizes).to.deep.equal([2, 2, 3, 4, 4096]);
  });

  it('makes version 4 uuids for message ids', async () => {
    const ids = await page.evaluate(async () => {
      const modulePath = '/message-id.js';
      const { newMessageId } = (await import(modulePath)) as { newMessageId: () => string };
      return [newMessageId(), newMessageId()];
    });
    for (const id of ids) expect(id).to.match(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(ids[0]).to.not.equal(ids[1]);
  });

  describe('rendering the bot\'s parts', () => {
    it('shows server text as text, never as markup', async () => {
      const result = await page.evaluate(async () => {
        const modulePath = '/chat-parts.js';
        const { renderPart } = (await import(modulePath)) as PartsModule;
        const node = renderPart({ type: 'text', text: '<img src=x onerror="window.hacked=1"> see https://shop.example/help.' }, { t: (key) => key, onChoice: () => {} });
        document.body.append(node ?? '');
        return { images: node?.querySelectorAll('img').length, text: node?.textContent, links: [...(node?.querySelectorAll('a') ?? [])].map((link) => link.href) };
      });
      expect(result.images).to.equal(0);
      expect(result.text).to.equal('<img src=x onerror="window.hacked=1"> see https://shop.example/help.');
      expect(result.links).to.deep.equal(['https://shop.example/help']);
    });

    it('draws a card with image, title, body, link and buttons, dropping unsafe URLs', async () => {
      const result = await page.evaluate(async () => {
        const modulePath = '/chat-parts.js';
        const { renderPart } = (await import(modulePath)) as PartsModule;
        const pressed: string[] = [];
        const card = { type: 'card', title: 'Order <b>1</b>', body: 'Shipped', imageUrl: '/images/products/a.svg', url: 'https://shop.example/o/1', choices: [{ label: 'Track', payload: 'track:1' }] };
        const hostile = { type: 'card', title: 'Bad', imageUrl: 'javascript:alert(1)', url: 'javascript:alert(1)' };
        const good = renderPart(card, { t: (key) => key, onChoice: (choice) => pressed.push(choice.payload) });
        const bad = renderPart(hostile, { t: (key) => key, onChoice: () => {} });
        good?.querySelector('button')?.click();
        return {
          title: good?.querySelector('h3')?.textContent,
          image: good?.querySelector('img')?.getAttribute('src'),
          link: good?.querySelector('a')?.getAttribute('href'),
          pressed,
          badImages: bad?.querySelectorAll('img').length,
          badLinks: bad?.querySelectorAll('a').length,
        };
      });
      expect(result).to.deep.equal({
        title: 'Order <b>1</b>',
        image: `${ORIGIN}/images/products/a.svg`,
        link: 'https://shop.example/o/1',
        pressed: ['track:1'],
        badImages: 0,
        badLinks: 0,
      });
    });

    it('lays a carousel out as a list of cards, and skips parts it cannot draw', async () => {
      const result = await page.evaluate(async () => {
        const modulePath = '/chat-parts.js';
        const { renderPart, partsToPlainText } = (await import(modulePath)) as PartsModule;
        const context = { t: (key: string) => key, onChoice: () => {} };
        const carousel = renderPart({ type: 'carousel', cards: [{ title: 'A' }, { title: 'B' }, { nonsense: true }] }, context);
        return {
          items: carousel?.querySelectorAll('[role="listitem"]').length,
          typing: renderPart({ type: 'typing' }, context),
          unknown: renderPart({ type: 'video', url: 'x' }, context),
          spoken: partsToPlainText([{ type: 'text', text: 'Hello' }, { type: 'choices', text: 'Pick', choices: [{ label: 'One', payload: '1' }] }]),
        };
      });
      expect(result).to.deep.equal({ items: 2, typing: null, unknown: null, spoken: 'Hello Pick One' });
    });
  });

  describe('chat storage', () => {
    it('keeps the session and the outbox, and ignores what it did not write', async () => {
      const result = await page.evaluate(async () => {
        const modulePath = '/chat-storage.js';
        const { createChatStorage } = (await import(modulePath)) as {
          createChatStorage: (storage: Storage, prefix: string) => {
            saveSession(id: string, token: string): void;
            loadSession(): unknown;
            addToOutbox(item: object): void;
            updateOutbox(id: string, changes: object): void;
            removeFromOutbox(id: string): void;
            outboxItems(): Array<{ id: string; state: string }>;
          };
        };
        localStorage.clear();
        const first = createChatStorage(localStorage, 'test');
        first.saveSession('c-1', 't-1');
        first.addToOutbox({ id: 'm-1', kind: 'message', text: 'hi', state: 'sending', createdAt: Date.now() });
        first.addToOutbox({ id: 'm-2', kind: 'choice', text: 'Yes', payload: 'yes', state: 'sending', createdAt: Date.now() });
        first.updateOutbox('m-2', { state: 'failed' });
        const reopened = createChatStorage(localStorage, 'test');
        const kept = { session: reopened.loadSession(), outbox: reopened.outboxItems().map((item) => `${item.id}:${item.state}`) };
        reopened.removeFromOutbox('m-1');
        localStorage.setItem('other.outbox', JSON.stringify([{ id: 1 }, 'junk', { id: 'x', kind: 'message', text: 't', state: 'weird', createdAt: 1 }]));
        localStorage.setItem('other.session', '{not json');
        const garbage = createChatStorage(localStorage, 'other');
        return { kept, after: createChatStorage(localStorage, 'test').outboxItems().map((item) => item.id), garbage: { session: garbage.loadSession(), outbox: garbage.outboxItems() } };
      });
      expect(result.kept).to.deep.equal({ session: { conversationId: 'c-1', resumeToken: 't-1' }, outbox: ['m-1:sending', 'm-2:failed'] });
      expect(result.after).to.deep.equal(['m-2']);
      expect(result.garbage).to.deep.equal({ session: null, outbox: [] });
    });
  });
});
