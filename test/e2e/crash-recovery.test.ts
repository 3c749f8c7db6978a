import { statSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'chai';
import { RestShopper } from '../helpers/rest-client.js';
import { startServerProcess, type ServerProcess } from '../helpers/server-process.js';
import { SocketShopper } from '../helpers/socket-shopper.js';

describe('kill -9 and restart', function () {
  this.timeout(90_000);
  let server: ServerProcess | undefined;
  let restarted: ServerProcess | undefined;

  afterEach(async () => {
    await server?.kill();
    await restarted?.kill();
    server?.cleanUp();
  });

  it('loses no conversation and no transcript line, and a retried message is processed once', async () => {
    server = await startServerProcess({ env: { RATE_LIMIT_POINTS: '100000' } });
    const conversations: RestShopper[] = [];
    for (let index = 0; index < 5; index += 1) conversations.push(await new RestShopper(server.url).start({ locale: index % 2 ? 'es' : 'en' }));

    // Answered turns: every one of these got a 200, so every line must survive.
    for (const shopper of conversations) {
      await shopper.say('hello', { 'Idempotency-Key': `${shopper.conversationId}-1` });
      await shopper.say('thanks', { 'Idempotency-Key': `${shopper.conversationId}-2` });
    }
    const web = new SocketShopper(server.url, { locale: 'zh-CN' });
    const webSession = await web.session;
    await web.repliesCount(1);
    await web.send('谢谢');
    await web.repliesCount(2);

    // Turns in flight when the process dies.
    const inFlight = conversations.map((shopper) =>
      shopper.say('order 10001', { 'Idempotency-Key': `${shopper.conversationId}-3` }).then(() => 'answered', () => 'cut off'));
    await new Promise((resolve) => setTimeout(resolve, 5));
    await server.kill('SIGKILL');
    web.close();
    const fates = await Promise.all(inFlight);

    restarted = await startServerProcess({ dataDir: server.dataDir, env: { RATE_LIMIT_POINTS: '100000' } });
    for (const [index, shopper] of conversations.entries()) {
      const revived = Object.assign(new RestShopper(restarted.url), { conversationId: shopper.conversationId });
      const before = await revived.transcript();
      expect(before.slice(0, 4).map((line) => line.from), shopper.conversationId).to.deep.equal(['shopper', 'bot', 'shopper', 'bot']);
      expect([before[0]?.text, before[2]?.text]).to.deep.equal(['hello', 'thanks']);
      if (fates[index] === 'answered') expect(before.slice(4).map((line) => line.from)).to.deep.equal(['shopper', 'bot']);

      // The client retries the cut-off message with the same key: exactly one answer, however far it got.
      const retried = await revived.say('order 10001', { 'Idempotency-Key': `${shopper.conversationId}-3` });
      expect(retried.replies.length).to.be.greaterThan(0);
      const after = await revived.transcript();
      expect(after.filter((line) => line.from === 'shopper' && line.text === 'order 10001')).to.have.length(1);
      expect(after.slice(4).map((line) => line.from)).to.deep.equal(['shopper', 'bot']);
    }

    const resumedWeb = new SocketShopper(restarted.url, { conversationId: webSession.conversationId, resumeToken: webSession.resumeToken });
    const resumed = await resumedWeb.session;
    resumedWeb.close();
    expect(resumed.conversationId).to.equal(webSession.conversationId);
    expect(resumed.language).to.equal('zh-CN');
    expect(resumed.history.map((line) => line.from)).to.deep.equal(['bot', 'shopper', 'bot']);
  });

  it('stops cleanly on SIGTERM with the store flushed into the database file', async () => {
    server = await startServerProcess();
    const shopper = await new RestShopper(server.url).start();
    expect((await shopper.say('hello')).replies.length).to.be.greaterThan(0);
    const code = await server.stop();
    expect(code).to.equal(0);
    // The WAL was checkpointed into the main file and truncated on close.
    expect(statSync(join(server.dataDir, 'parley.db-wal'), { throwIfNoEntry: false })?.size ?? 0).to.equal(0);
    expect(server.logs.some((entry) => typeof entry === 'object' && entry !== null && 'msg' in entry && entry.msg === 'stopped')).to.equal(true);

    restarted = await startServerProcess({ dataDir: server.dataDir });
    const revived = Object.assign(new RestShopper(restarted.url), { conversationId: shopper.conversationId });
    expect((await revived.transcript()).map((line) => line.from)).to.deep.equal(['shopper', 'bot']);
  });

  it('refuses to start on a bad setting, naming it', async () => {
    const failure = await startServerProcess({ env: { PORT: 'not-a-port' } }).then(() => 'started', (error: Error) => error.message);
    expect(failure).to.contain('PORT');
    expect(failure).to.contain('cannot start');
  });
});
