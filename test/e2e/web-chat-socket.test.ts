import { expect } from 'chai';
import { SocketShopper } from '../helpers/socket-shopper.js';
import { startParley, type RunningParley } from '../helpers/start-parley.js';

describe('web chat over socket.io, end to end', function () {
  this.timeout(30_000);
  let server: RunningParley;
  const shoppers: SocketShopper[] = [];
  const shopper = (auth?: ConstructorParameters<typeof SocketShopper>[1]) => {
    const created = new SocketShopper(server.url, auth);
    shoppers.push(created);
    return created;
  };

  before(async () => { server = await startParley({ RATE_LIMIT_POINTS: '12', RATE_LIMIT_WINDOW_SECONDS: '60' }); });
  afterEach(() => { for (const created of shoppers.splice(0)) created.close(); });
  after(async () => { await server?.stop(); });

  it('opens a conversation, greets it in the browser locale and answers messages', async () => {
    const alice = shopper({ locale: 'zh-CN' });
    const session = await alice.session;
    expect(session.conversationId).to.be.a('string');
    expect(session.resumeToken).to.have.length.greaterThan(20);
    expect(session.language).to.equal('zh-CN');
    await alice.repliesCount(1);
    expect(alice.lastText()).to.contain('您好');
    expect(alice.replies[0]?.parts.some((part) => part.type === 'choices')).to.equal(true);

    const ack = await alice.send('谢谢');
    expect(ack.ok && ack.replies?.[0]).to.deep.equal({ type: 'text', text: '不客气！还有什么可以帮您？' });
    await alice.repliesCount(2);
    expect(alice.lastText()).to.contain('不客气');
    // A turn this quick needs no typing dots; slow turns are covered in web-chat-connector.test.ts.
    expect(alice.typing).to.deep.equal([]);
  });

  it('resumes the same conversation with its token after a reconnect, with its history', async () => {
    const first = shopper({ locale: 'en' });
    const session = await first.session;
    await first.repliesCount(1);
    await first.send('thanks');
    await first.repliesCount(2);
    first.close();

    const again = shopper({ conversationId: session.conversationId, resumeToken: session.resumeToken });
    const resumed = await again.session;
    expect(resumed.conversationId).to.equal(session.conversationId);
    expect(resumed.history.map((line) => line.from)).to.deep.equal(['bot', 'shopper', 'bot']);
    expect(resumed.history[1]?.text).to.equal('thanks');
    await again.send('bye');
    await again.repliesCount(1);
    expect(again.lastText()).to.contain('Thanks for stopping by');
  });

  it('starts a new conversation for a wrong or missing token instead of exposing another one', async () => {
    const owner = shopper();
    const session = await owner.session;
    await owner.send('thanks');
    const intruder = shopper({ conversationId: session.conversationId, resumeToken: 'guessed-token' });
    const other = await intruder.session;
    expect(other.conversationId).not.to.equal(session.conversationId);
    expect(other.history.map((line) => line.text).join()).not.to.contain('thanks');
  });

  it('processes a message resent with the same id once', async () => {
    const bob = shopper();
    await bob.session;
    await bob.repliesCount(1);
    const id = crypto.randomUUID();
    const [first, second] = await Promise.all([bob.send('thanks', id), bob.send('thanks', id)]);
    expect(first.ok && first.replies).to.have.length(1);
    expect(second).to.deep.equal({ ok: true, duplicate: true });
    await bob.repliesCount(2);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(bob.replies).to.have.length(2);
  });

  it("answers the sending tab in its acknowledgement and the conversation's other tabs with a reply event", async () => {
    const first = shopper();
    const session = await first.session;
    await first.repliesCount(1);
    const second = shopper({ conversationId: session.conversationId, resumeToken: session.resumeToken });
    await second.session;
    const replyEvents: unknown[] = [];
    first.socket.on('reply', (reply) => replyEvents.push(reply));
    const ack = await first.send('thanks');
    expect(ack.ok && ack.replies?.length).to.equal(1);
    await second.repliesCount(1);
    expect(second.lastText()).to.contain("You're welcome");
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(replyEvents).to.deep.equal([]);
  });

  it('answers a button press', async () => {
    const carol = shopper();
    await carol.session;
    await carol.press('menu:order');
    await carol.repliesCount(2);
    expect(carol.lastText()).to.contain('order number');
  });

  it('answers an event of the wrong shape, or too long, with an error event and stays connected', async () => {
    const dave = shopper();
    await dave.session;
    const wrongShape = await dave.socket.timeout(5000).emitWithAck('message', { text: 42 });
    expect(wrongShape).to.deep.include({ ok: false });
    const tooLong = await dave.send('é'.repeat(2049));
    expect(tooLong).to.deep.equal({ ok: false, error: { code: 'text-too-long', message: 'messages are limited to 4096 bytes' } });
    dave.socket.emit('message', 'not even an object');
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(dave.errors.map((error) => error.code)).to.deep.equal(['invalid-event', 'text-too-long', 'invalid-event']);
    expect(dave.socket.connected).to.equal(true);
    expect(await dave.send('thanks')).to.deep.include({ ok: true });
  });

  it('rate-limits a flood from one client with an error event', async () => {
    const eve = shopper();
    await eve.session;
    const acks = await Promise.all(Array.from({ length: 20 }, (_, index) => eve.send(`spam ${index}`)));
    const limited = acks.filter((ack) => !ack.ok && ack.error.code === 'rate-limited');
    expect(limited).to.have.length(8);
    expect(eve.errors.some((error) => error.code === 'rate-limited')).to.equal(true);
  });

  it('rate-limits a flood of new chats from one address and says so before disconnecting', async () => {
    const small = await startParley({ RATE_LIMIT_POINTS: '5', RATE_LIMIT_WINDOW_SECONDS: '60' });
    const flood = Array.from({ length: 12 }, () => new SocketShopper(small.url));
    try {
      const outcomes = await Promise.all(flood.map((client) => Promise.race([
        client.session.then(() => 'opened'),
        new Promise<string>((resolve) => client.socket.on('disconnect', () => resolve('refused'))),
      ])));
      expect(outcomes.filter((outcome) => outcome === 'opened')).to.have.length(5);
      const refused = flood.filter((client) => client.errors.some((error) => error.code === 'rate-limited'));
      expect(refused).to.have.length(7);
      for (const client of refused) expect(client.socket.connected).to.equal(false);
    } finally {
      for (const client of flood) client.close();
      await small.stop();
    }
  });

  it('behind a trusted proxy, gives each forwarded client address its own budget', async () => {
    const proxied = await startParley({ RATE_LIMIT_POINTS: '2', RATE_LIMIT_WINDOW_SECONDS: '60', TRUST_PROXY: 'true' });
    const from = (address: string) => new SocketShopper(proxied.url, {}, { 'x-forwarded-for': address });
    const clients = [from('203.0.113.1'), from('203.0.113.1'), from('203.0.113.1'), from('203.0.113.2')];
    try {
      const outcomes = await Promise.all(clients.map((client) => Promise.race([
        client.session.then(() => 'opened'),
        new Promise<string>((resolve) => client.socket.on('disconnect', () => resolve('refused'))),
      ])));
      expect(outcomes.slice(0, 3).filter((outcome) => outcome === 'opened')).to.have.length(2);
      expect(outcomes[3]).to.equal('opened');
    } finally {
      for (const client of clients) client.close();
      await proxied.stop();
    }
  });
});
