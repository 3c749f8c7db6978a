import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect } from 'chai';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startServerProcess, type ServerProcess } from '../helpers/server-process.js';
import { KEEP_NAMES_SHIM, launchChromium } from '../web/chromium.js';

// The demo shop and its chat widget in real headless Chromium, against the real server started
// as a child process (embedded SQLite defaults, fresh data folder). The steps share one page and
// run in order, like a shopper's visit.
const screenshots = fileURLToPath(new URL('../../artifacts/screenshots/', import.meta.url));
const UI_TIMEOUT_MS = 15000;
const HAN = /[\u4e00-\u9fff]/;

async function shoot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `${screenshots}web-widget-${name}.png` });
}

const botGroups = (page: Page) => page.locator('.pw-group--bot');
const shopperBubbles = (page: Page) => page.locator('.pw-group--shopper .pw-bubble');

async function waitForMoreBotMessages(page: Page, before: number): Promise<void> {
  await page.waitForFunction((count) => document.querySelectorAll('.pw-group--bot').length > count, before, { timeout: UI_TIMEOUT_MS });
}

async function conversationTexts(page: Page): Promise<string[]> {
  return page.locator('.pw-group').evaluateAll((groups) => groups.map((group) => `${group.classList.contains('pw-group--shopper') ? 'shopper' : 'bot'}: ${group.querySelector('.pw-bubble, .pw-card__title')?.textContent ?? ''}`));
}

describe('web shop and chat widget (Chromium, real server)', function () {
  this.timeout(120000);
  let browser: Browser;
  let server: ServerProcess;
  let context: BrowserContext;
  let page: Page;
  const pageErrors: string[] = [];

  before(async function () {
    browser = await launchChromium(this);
    mkdirSync(screenshots, { recursive: true });
    server = await startServerProcess();
    context = await browser.newContext({ viewport: { width: 1280, height: 820 }, locale: 'en-US' });
    await context.addInitScript(KEEP_NAMES_SHIM);
    page = await context.newPage();
    page.on('pageerror', (error) => pageErrors.push(error.message));
  });

  after(async () => {
    await browser?.close();
    await server?.stop();
    server?.cleanUp();
  });

  afterEach(() => {
    expect(pageErrors, 'uncaught errors in the page').to.deep.equal([]);
  });

  it('shows the demo shop with products and their pictures', async () => {
    await page.goto(`${server.url}/`);
    await page.waitForSelector('.product-card:not(.product-card--skeleton) img', { timeout: UI_TIMEOUT_MS });
    expect(await page.locator('.product-card').count()).to.be.within(1, 12);
    expect(await page.title()).to.equal('Parley Demo Shop');
    const firstPicture = page.locator('.product-card img').first();
    await firstPicture.evaluate((image: HTMLImageElement) => image.decode());
    expect(await firstPicture.evaluate((image: HTMLImageElement) => image.naturalWidth)).to.be.greaterThan(0);
    expect(await page.locator('.product-price').first().textContent()).to.match(/\d/);
    expect(await page.locator('link[href$="chat-widget.css"]').count(), 'the widget stylesheet is loaded once').to.equal(1);
    await shoot(page, '01-shop');
  });

  it('greets the shopper when the chat opens', async () => {
    await page.click('.pw-launcher');
    await page.waitForSelector('.pw-panel:not([hidden])');
    await botGroups(page).first().waitFor({ timeout: UI_TIMEOUT_MS });
    expect((await botGroups(page).first().textContent())?.trim()).to.not.equal('');
    expect(await page.locator('.pw-status').isHidden()).to.equal(true);
    await shoot(page, '02-greeting');
  });

  it('sends a message on Enter and shows the bot\'s reply', async () => {
    const before = await botGroups(page).count();
    await page.fill('.pw-input', 'hi');
    await page.press('.pw-input', 'Enter');
    await shopperBubbles(page).last().waitFor();
    expect(await shopperBubbles(page).last().textContent()).to.equal('hi');
    expect(await page.inputValue('.pw-input')).to.equal('');
    await waitForMoreBotMessages(page, before);
    // The server acknowledged it: no "sending" or "not sent" note is left on the bubble.
    await page.waitForSelector('.pw-group--shopper[data-state="sent"]', { timeout: UI_TIMEOUT_MS });
    expect(await page.locator('.pw-delivery').count()).to.equal(0);
    await shoot(page, '03-reply');
  });

  it('prepares a question about a product from its card, without sending it', async () => {
    const sent = await shopperBubbles(page).count();
    const name = (await page.locator('.product-name').first().textContent()) ?? '';
    await page.locator('.product-ask').first().click();
    expect(await page.inputValue('.pw-input')).to.include(name);
    expect(await shopperBubbles(page).count()).to.equal(sent);
    await page.fill('.pw-input', '');
  });

  it('keeps Shift+Enter as a new line instead of sending', async () => {
    const sent = await shopperBubbles(page).count();
    await page.click('.pw-input');
    await page.keyboard.type('first line');
    await page.keyboard.press('Shift+Enter');
    await page.keyboard.type('second line');
    expect(await page.inputValue('.pw-input')).to.equal('first line\nsecond line');
    expect(await shopperBubbles(page).count()).to.equal(sent);
    await page.fill('.pw-input', '');
  });

  it('sends a quick reply when its button is pressed, and retires the older buttons', async function () {
    const live = page.locator('.pw-choice:not(:disabled)');
    if ((await live.count()) === 0) this.skip();
    const button = live.first();
    const label = (await button.textContent()) ?? '';
    const before = await botGroups(page).count();
    await button.click();
    expect(await shopperBubbles(page).last().textContent()).to.equal(label);
    const chosen = page.locator('.pw-choice--chosen').last();
    expect(await chosen.textContent()).to.equal(label);
    expect(await chosen.isDisabled()).to.equal(true);
    expect(await chosen.getAttribute('aria-pressed')).to.equal('true');
    // Either the typing dots show up first or the answer is already there.
    await page.waitForFunction(
      (count) => !document.querySelector('.pw-typing')?.hasAttribute('hidden') || document.querySelectorAll('.pw-group--bot').length > count,
      before,
      { timeout: UI_TIMEOUT_MS },
    );
    await shoot(page, '04-quick-reply');
    await waitForMoreBotMessages(page, before);
    // Only the newest message may still offer buttons.
    const stale = await page.locator('.pw-group').evaluateAll((groups) =>
      groups.slice(0, -1).flatMap((group) => [...group.querySelectorAll('.pw-choice')]).filter((choice) => !(choice as HTMLButtonElement).disabled).length);
    expect(stale).to.equal(0);
    await page.waitForSelector('.pw-typing[hidden]', { state: 'attached', timeout: UI_TIMEOUT_MS });
    await shoot(page, '05-after-quick-reply');
  });

  it('refuses a 5000-byte message in the browser, with a visible explanation', async () => {
    const sent = await shopperBubbles(page).count();
    await page.fill('.pw-input', 'a'.repeat(5000));
    await page.press('.pw-input', 'Enter');
    const limit = page.locator('.pw-limit');
    expect(await limit.isVisible()).to.equal(true);
    expect(await limit.textContent()).to.include('5000').and.include('4096');
    expect(await page.locator('.pw-send').isDisabled()).to.equal(true);
    expect(await page.locator('.pw-input').getAttribute('aria-invalid')).to.equal('true');
    expect(await shopperBubbles(page).count()).to.equal(sent);
    expect(await page.inputValue('.pw-input'), 'the text is kept so it can be shortened').to.have.length(5000);
    await shoot(page, '06-too-long');
    await page.fill('.pw-input', '');
    expect(await limit.isVisible()).to.equal(false);
  });

  it('resumes the same conversation after a reload', async () => {
    const shown = await conversationTexts(page);
    const conversationId = await page.evaluate(() => localStorage.getItem('parley.chat.session'));
    await page.reload();
    // The panel was open, so it opens again by itself and the history comes back.
    await page.waitForSelector('.pw-panel:not([hidden])', { timeout: UI_TIMEOUT_MS });
    await page.waitForFunction((count) => document.querySelectorAll('.pw-group').length >= count, shown.length, { timeout: UI_TIMEOUT_MS });
    expect(await conversationTexts(page)).to.deep.equal(shown);
    expect(await page.evaluate(() => localStorage.getItem('parley.chat.session'))).to.equal(conversationId);
    await shoot(page, '07-resumed');
  });

  it('switches the page to Chinese and renders it', async () => {
    await page.click('[data-lang="zh-CN"]');
    expect(await page.getAttribute('html', 'lang')).to.equal('zh-CN');
    expect(page.url()).to.include('lang=zh-CN');
    expect(await page.locator('h1').textContent()).to.match(HAN);
    expect(await page.locator('.pw-title').textContent()).to.match(HAN);
    expect(await page.getAttribute('.pw-input', 'placeholder')).to.match(HAN);
    await page.waitForFunction(() => /[\u4e00-\u9fff]/.test(document.querySelector('.product-name')?.textContent ?? ''), undefined, { timeout: UI_TIMEOUT_MS });
    // A Chinese font is installed and chosen for the page, so the characters are not boxes.
    expect(await page.evaluate(() => document.fonts.check('16px "WenQuanYi Micro Hei"', '中文'))).to.equal(true);

    const before = await botGroups(page).count();
    await page.fill('.pw-input', '你好');
    await page.press('.pw-input', 'Enter');
    await waitForMoreBotMessages(page, before);
    expect(await botGroups(page).last().textContent()).to.match(HAN);
    await shoot(page, '08-chinese');
  });

  it('delivers a message typed while the server was down, once, after it comes back', async () => {
    const port = server.port;
    const dataDir = server.dataDir;
    await server.stop();
    await page.waitForSelector('.pw-status:not([hidden])', { timeout: UI_TIMEOUT_MS });
    await page.fill('.pw-input', 'still there?');
    await page.press('.pw-input', 'Enter');
    await page.waitForSelector('.pw-group--shopper[data-state="sending"]');
    expect(await page.evaluate(() => localStorage.getItem('parley.chat.outbox'))).to.include('still there?');
    await shoot(page, '09-offline');

    const before = await botGroups(page).count();
    server = await startServerProcess({ dataDir, env: { PORT: String(port) } });
    await page.waitForSelector('.pw-status[hidden]', { state: 'attached', timeout: 30000 });
    await page.waitForSelector('.pw-group--shopper[data-state="sent"] >> text=still there?', { timeout: UI_TIMEOUT_MS });
    await waitForMoreBotMessages(page, before);
    expect(await page.evaluate(() => localStorage.getItem('parley.chat.outbox'))).to.equal(null);

    await page.reload();
    await page.waitForSelector('.pw-panel:not([hidden])');
    await page.waitForFunction(() => [...document.querySelectorAll('.pw-group--shopper .pw-bubble')].some((bubble) => bubble.textContent === 'still there?'), undefined, { timeout: UI_TIMEOUT_MS });
    const copies = await shopperBubbles(page).evaluateAll((bubbles) => bubbles.filter((bubble) => bubble.textContent === 'still there?').length);
    expect(copies).to.equal(1);
  });

  it('fits a phone screen, with the chat taking the whole screen', async () => {
    const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
    await phone.addInitScript(KEEP_NAMES_SHIM);
    const mobile = await phone.newPage();
    mobile.on('pageerror', (error) => pageErrors.push(error.message));
    await mobile.goto(`${server.url}/?lang=es`);
    await mobile.waitForSelector('.product-card:not(.product-card--skeleton) img', { timeout: UI_TIMEOUT_MS });
    expect(await mobile.evaluate(() => document.documentElement.scrollWidth)).to.be.at.most(390);
    expect(await mobile.locator('h1').textContent()).to.match(/día/);
    await shoot(mobile, '10-phone-shop');
    await mobile.click('.pw-launcher');
    await botGroups(mobile).first().waitFor({ timeout: UI_TIMEOUT_MS });
    const panelWidth = await mobile.locator('.pw-panel').evaluate((panel) => {
      for (const animation of panel.getAnimations()) animation.finish();
      return panel.getBoundingClientRect().width;
    });
    expect(panelWidth).to.equal(390);
    await shoot(mobile, '11-phone-chat');
    await phone.close();
  });
});

describe('web chat widget when the server refuses a message (Chromium, real server)', function () {
  this.timeout(60000);
  let browser: Browser;
  let server: ServerProcess;
  let page: Page;

  before(async function () {
    browser = await launchChromium(this);
    mkdirSync(screenshots, { recursive: true });
    server = await startServerProcess({ env: { RATE_LIMIT_POINTS: '3', RATE_LIMIT_WINDOW_SECONDS: '2' } });
    const context = await browser.newContext({ viewport: { width: 1280, height: 820 }, locale: 'en-US' });
    await context.addInitScript(KEEP_NAMES_SHIM);
    page = await context.newPage();
  });

  after(async () => {
    await browser?.close();
    await server?.stop();
    server?.cleanUp();
  });

  it('marks a rate-limited message as not sent, says why, and sends it on retry', async () => {
    await page.goto(`${server.url}/?lang=en`);
    await page.click('.pw-launcher');
    await botGroups(page).first().waitFor({ timeout: UI_TIMEOUT_MS });
    for (const text of ['one', 'two', 'three', 'four']) {
      await page.fill('.pw-input', text);
      await page.press('.pw-input', 'Enter');
    }
    const refused = page.locator('.pw-group--shopper[data-state="rejected"]');
    await refused.waitFor({ timeout: UI_TIMEOUT_MS });
    expect(await refused.count()).to.equal(1);
    expect(await refused.locator('.pw-delivery').textContent()).to.include('too quickly');
    await shoot(page, '12-rate-limited');

    await page.waitForTimeout(2500);
    await refused.locator('.pw-delivery__retry').click();
    await page.waitForFunction(() => document.querySelectorAll('.pw-group--shopper[data-state="sent"]').length === 4, undefined, { timeout: UI_TIMEOUT_MS });
    expect(await page.locator('.pw-delivery').count()).to.equal(0);
  });
});
