import { join } from 'node:path';
import { expect } from 'chai';
import { readDemoData, sampleOrder, type DemoData } from '../helpers/demo-data.js';
import { RestShopper, said } from '../helpers/rest-client.js';
import { startParley, type RunningParley } from '../helpers/start-parley.js';

describe('REST channel, end to end', function () {
  this.timeout(60_000);
  let server: RunningParley;
  let data: DemoData;

  before(async () => {
    server = await startParley({ RATE_LIMIT_POINTS: '1000' });
    data = await readDemoData(join(server.dataDir, 'parley.db'));
  });
  after(async () => { await server?.stop(); });

  it('greets in the conversation locale and reports the state', async () => {
    const shopper = await new RestShopper(server.url).start({ locale: 'es-MX' });
    const response = await shopper.say('hola');
    expect(response.state).to.deep.equal({ mode: 'bot', language: 'es', intent: 'greeting' });
    expect(said(response)).to.contain('¡Hola!');
    expect(response.replies.some((part) => part.type === 'choices')).to.equal(true);
  });

  it('shows an anonymous shopper nothing about an order until the email on it is given', async () => {
    const { order, customer } = sampleOrder(data, 'shipped');
    const shopper = await new RestShopper(server.url).start();
    const asked = await shopper.say(`where is my order #${order.id}?`);
    expect(asked.state.intent).to.equal('order_status');
    expect(said(asked)).to.contain('email');
    expect(said(asked)).not.to.match(/on its way|Items:/);

    const wrong = await shopper.say('somebody.else@example.com');
    expect(said(wrong)).to.contain("couldn't match");
    expect(said(wrong)).not.to.match(/on its way|Items:/);

    const right = await shopper.say(`  ${customer.email.toUpperCase()} `);
    expect(said(right)).to.contain(`#${order.id} is on its way`);
    expect(right.state.intent).to.equal('order_status');
    expect(said(right)).to.contain('Items:');
    const track = right.replies.find((part) => part.type === 'choices');
    expect(track?.type === 'choices' && track.choices.map((choice) => choice.payload)).to.include(`track:${order.id}`);

    const timeline = await shopper.press(`track:${order.id}`);
    expect(said(timeline)).to.contain('Shipping label created');
  });

  it("never shows a verified customer someone else's order, whatever the button says", async () => {
    const mine = sampleOrder(data, 'delivered');
    const theirs = sampleOrder(data, 'paid', mine.customer.id);
    const shopper = await new RestShopper(server.url).start();
    await shopper.say(`order ${mine.order.id}`);
    expect(said(await shopper.say(mine.customer.email))).to.contain('was delivered');
    for (const probe of [`order ${theirs.order.id}`, `track:${theirs.order.id}`, `order:${theirs.order.id}`]) {
      const response = probe.includes(':') ? await shopper.press(probe) : await shopper.say(probe);
      expect(said(response), probe).to.contain(`can't find order #${theirs.order.id}`);
      expect(said(response), probe).not.to.match(/prepared|Items:|label/);
    }
  });

  it('answers the same order question in Chinese and Spanish', async () => {
    const { order, customer } = sampleOrder(data, 'delivered');
    const chinese = await new RestShopper(server.url).start();
    expect(said(await chinese.say(`我的订单${order.id}到哪了`))).to.contain('邮箱');
    const shown = await chinese.say(customer.email);
    expect(shown.state.language).to.equal('zh-CN');
    expect(said(shown)).to.contain('已于').and.to.contain('送达');
    if (order.items.length > 1) expect(said(shown)).to.match(/商品：.+(、|和).+/);

    const spanish = await new RestShopper(server.url).start();
    expect(said(await spanish.say(`¿dónde está mi pedido ${order.id}?`))).to.contain('correo');
    expect(said(await spanish.say(customer.email))).to.contain('se entregó');
  });

  it('gives up after three wrong emails and still shows nothing', async () => {
    const { order } = sampleOrder(data, 'paid');
    const shopper = await new RestShopper(server.url).start();
    await shopper.say(`order ${order.id}`);
    const answers = [];
    for (let attempt = 0; attempt < 3; attempt += 1) answers.push(said(await shopper.say(`guess${attempt}@example.com`)));
    expect(answers.at(-1)).to.contain("couldn't verify");
    expect(answers.join('\n')).not.to.match(/prepared|Items:/);
  });

  it('falls back with the menu when it does not understand', async () => {
    const shopper = await new RestShopper(server.url).start();
    const response = await shopper.say('what is the meaning of life');
    expect(said(response)).to.contain("didn't get that");
    expect(response.replies.find((part) => part.type === 'choices')).to.not.equal(undefined);
  });

  it('shows product cards when asked', async () => {
    const shopper = await new RestShopper(server.url).start();
    const response = await shopper.press('menu:products');
    const carousel = response.replies.find((part) => part.type === 'carousel');
    expect(carousel?.type === 'carousel' && carousel.cards.length).to.be.greaterThan(0);
    expect(carousel?.type === 'carousel' && carousel.cards[0]?.imageUrl).to.match(/^\/images\/products\/.+\.svg$/);
  });

  it('answers a question about a product it names, in the shopper\'s language', async () => {
    const response = await fetch(`${server.url}/api/v1/catalog/products?locale=en&limit=1`);
    const { products } = await response.json() as { products: Array<{ id: string; name: string }> };
    const product = products[0]!;
    const english = await new RestShopper(server.url).start();
    const answer = await english.say(`Tell me more about ${product.name}`);
    expect(answer.state.intent).to.equal('product_question');
    const card = answer.replies.find((part) => part.type === 'card');
    expect(card?.type === 'card' && card.title).to.equal(product.name);
    expect(card?.type === 'card' && card.body).to.match(/\$\d/);
    expect(card?.type === 'card' && card.imageUrl).to.equal(`/images/products/${product.id}.svg`);

    const zh = await (await fetch(`${server.url}/api/v1/catalog/products?locale=zh-CN&limit=1`)).json() as { products: Array<{ name: string }> };
    const chinese = await new RestShopper(server.url).start();
    const chineseCard = (await chinese.say(`请介绍一下${zh.products[0]?.name}`)).replies.find((part) => part.type === 'card');
    expect(chineseCard?.type === 'card' && chineseCard.title).to.equal(zh.products[0]?.name);
  });

  it('keeps every line in the transcript, in order', async () => {
    const shopper = await new RestShopper(server.url).start();
    await shopper.say('hi');
    await shopper.say('thanks');
    const messages = await shopper.transcript();
    expect(messages.map((line) => line.from)).to.deep.equal(['shopper', 'bot', 'shopper', 'bot']);
    expect(messages[0]?.text).to.equal('hi');
    for (const line of messages) expect(Number.isNaN(Date.parse(line.at))).to.equal(false);
  });

  it('keeps the label of a pressed button in the transcript, with its payload beside it', async () => {
    const shopper = await new RestShopper(server.url).start();
    await shopper.say('hello');
    await shopper.press('menu:order');
    const response = await fetch(`${server.url}/api/v1/conversations/${shopper.conversationId}/transcript`);
    const { messages } = await response.json() as { messages: Array<{ from: string; text: string; meta?: { payload?: string } }> };
    const pressed = messages[2];
    expect(pressed).to.deep.include({ from: 'shopper', text: 'Check an order' });
    expect(pressed?.meta?.payload).to.equal('menu:order');
  });

  it('serves the catalog across categories, localized, with category names', async () => {
    const response = await fetch(`${server.url}/api/v1/catalog/products?locale=zh-CN&limit=8`);
    const { products } = await response.json() as { products: Array<{ name: string; category: string; categoryName: string; imageUrl: string }> };
    expect(products).to.have.length(8);
    expect(new Set(products.map((product) => product.category)).size).to.equal(8);
    for (const product of products) {
      expect(product.name).to.match(/\p{Script=Han}/u);
      expect(product.categoryName).to.match(/\p{Script=Han}/u);
    }
    const image = await fetch(`${server.url}${products[0]?.imageUrl}`);
    expect(image.headers.get('content-type')).to.match(/^image\/svg\+xml/);
    expect((await fetch(`${server.url}/api/v1/catalog/products?locale=fr`)).status).to.equal(400);
    expect((await fetch(`${server.url}/images/products/nope.svg`)).status).to.equal(404);
  });

  it('processes a retried Idempotency-Key once and answers it the same way', async () => {
    const shopper = await new RestShopper(server.url).start();
    const first = await shopper.say('hello', { 'Idempotency-Key': 'retry-1' });
    const second = await shopper.say('hello', { 'Idempotency-Key': 'retry-1' });
    expect(second.replies).to.deep.equal(first.replies);
    expect(await shopper.transcript()).to.have.length(2);
  });

  describe('bad input', () => {
    let shopper: RestShopper;
    before(async () => { shopper = await new RestShopper(server.url).start(); });

    async function expectError(response: Response, status: number, code: string): Promise<void> {
      expect(response.status).to.equal(status);
      expect(response.headers.get('content-type')).to.match(/application\/json/);
      const body = await response.json() as { error: { code: string; message: string } };
      expect(body.error.code).to.equal(code);
      expect(body.error.message).to.be.a('string').and.to.have.length.greaterThan(0);
    }

    it('answers malformed JSON with 400', async () => {
      await expectError(await shopper.post(`/api/v1/conversations/${shopper.conversationId}/messages`, '{"text": '), 400, 'malformed-json');
    });

    it('answers a body of the wrong shape with 400', async () => {
      await expectError(await shopper.post(`/api/v1/conversations/${shopper.conversationId}/messages`, { text: 42 }), 400, 'invalid-body');
      await expectError(await shopper.post(`/api/v1/conversations/${shopper.conversationId}/messages`, { text: 'a', payload: 'b' }), 400, 'invalid-body');
      await expectError(await shopper.post(`/api/v1/conversations/${shopper.conversationId}/messages`, { text: '   ' }), 400, 'invalid-body');
      await expectError(await shopper.post('/api/v1/conversations', { locale: 7 }), 400, 'invalid-body');
    });

    it('answers text over 4 KB with 413, counting bytes not characters', async () => {
      await expectError(await shopper.post(`/api/v1/conversations/${shopper.conversationId}/messages`, { text: 'x'.repeat(4097) }), 413, 'text-too-long');
      // 1,366 Chinese characters are 4,098 bytes in UTF-8.
      await expectError(await shopper.post(`/api/v1/conversations/${shopper.conversationId}/messages`, { text: '订'.repeat(1366) }), 413, 'text-too-long');
      await expectError(await shopper.post(`/api/v1/conversations/${shopper.conversationId}/messages`, { text: 'x'.repeat(100_000) }), 413, 'payload-too-large');
      expect((await shopper.say('x'.repeat(4096))).replies.length).to.be.greaterThan(0);
    });

    it('answers an unknown conversation with 404', async () => {
      await expectError(await shopper.post('/api/v1/conversations/no-such-conversation/messages', { text: 'hi' }), 404, 'conversation-not-found');
      await expectError(await fetch(`${server.url}/api/v1/conversations/${'x'.repeat(500)}/transcript`), 404, 'conversation-not-found');
      await expectError(await fetch(`${server.url}/api/v1/nothing-here`), 404, 'not-found');
    });

    it("does not reach another channel's conversation through REST", async () => {
      await expectError(await shopper.post('/api/v1/conversations/web:shop:x/messages', { text: 'hi' }), 404, 'conversation-not-found');
    });
  });
});

describe('REST channel limits and keys', function () {
  this.timeout(60_000);

  it('rate-limits a flood from one client with 429 and Retry-After', async () => {
    const server = await startParley({ RATE_LIMIT_POINTS: '20', RATE_LIMIT_WINDOW_SECONDS: '60' });
    try {
      const shopper = await new RestShopper(server.url).start();
      const statuses = [];
      for (let request = 0; request < 30; request += 1) {
        const response = await shopper.post(`/api/v1/conversations/${shopper.conversationId}/messages`, { text: 'hi' });
        statuses.push(response.status);
        if (response.status === 429) {
          expect(Number(response.headers.get('retry-after'))).to.be.greaterThan(0);
          expect(((await response.json()) as { error: { code: string } }).error.code).to.equal('rate-limited');
        } else {
          await response.body?.cancel();
        }
      }
      expect(statuses.filter((status) => status === 200)).to.have.length(19);
      expect(statuses.slice(19).every((status) => status === 429)).to.equal(true);
    } finally {
      await server.stop();
    }
  });

  it('needs the bearer key on every route when REST_API_KEY is set', async () => {
    const key = 'k'.repeat(32);
    const server = await startParley({ REST_API_KEY: key });
    try {
      const anonymous = await fetch(`${server.url}/api/v1/conversations`, { method: 'POST' });
      expect(anonymous.status).to.equal(401);
      expect(anonymous.headers.get('www-authenticate')).to.equal('Bearer');
      const wrong = await fetch(`${server.url}/api/v1/conversations`, { method: 'POST', headers: { authorization: `Bearer ${'x'.repeat(32)}` } });
      expect(wrong.status).to.equal(401);
      const shopper = await new RestShopper(server.url, { authorization: `Bearer ${key}` }).start();
      expect((await shopper.say('hi')).replies.length).to.be.greaterThan(0);
      const transcript = await fetch(`${server.url}/api/v1/conversations/${shopper.conversationId}/transcript`);
      expect(transcript.status).to.equal(401);
    } finally {
      await server.stop();
    }
  });
});
