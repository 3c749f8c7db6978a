import { createServer, type Server as HttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect } from 'chai';
import { pino } from 'pino';
import { Server as SocketServer } from 'socket.io';
import type { HandledEvent } from '../../connectors/contract/connector.js';
import type { InboundEvent } from '../../connectors/contract/inbound-event.js';
import { createRateLimiter } from '../../connectors/http/rate-limit.js';
import { WebChatConnector } from '../../connectors/web/web-chat-connector.js';
import { MemoryConversationStore } from '../../dialogs/state/memory-store.js';
import { SocketShopper } from '../helpers/socket-shopper.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('WebChatConnector', () => {
  let http: HttpServer;
  let io: SocketServer;
  let url: string;
  let connector: WebChatConnector;
  const seen: InboundEvent[] = [];
  const shoppers: SocketShopper[] = [];

  before(async () => {
    http = createServer();
    io = new SocketServer(http);
    connector = new WebChatConnector({
      io, store: new MemoryConversationStore(), botId: 'shop', languages: ['en', 'es'], defaultLanguage: 'en',
      limiter: createRateLimiter({ points: 100, windowSeconds: 60 }), log: pino({ level: 'silent' }), typingDelayMs: 100,
    });
    // The engine's side of the contract: a turn that answers slowly when asked to.
    await connector.start(async (event): Promise<HandledEvent> => {
      seen.push(event);
      if (event.type === 'message' && event.text === 'slow') await sleep(250);
      const text = event.type === 'message' ? `you said ${event.text}` : 'welcome';
      await connector.send(event.address, [{ type: 'text', text }]);
      return { replies: [{ type: 'text', text }], duplicate: false, state: { mode: 'bot', language: 'en' } };
    });
    await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
  });
  afterEach(() => { for (const shopper of shoppers.splice(0)) shopper.close(); });
  after(async () => {
    await connector.stop();
    await new Promise<void>((resolve) => io.close(() => resolve()));
  });

  it('normalizes a new chat into a conversation-start event in the browser locale, keeping the raw payload', async () => {
    const shopper = new SocketShopper(url, { locale: 'es-ES' });
    shoppers.push(shopper);
    const session = await shopper.session;
    await shopper.repliesCount(1);
    const start = seen.find((event) => event.address.conversationId === session.conversationId);
    expect(start).to.deep.include({ type: 'conversation-start', locale: 'es-ES' });
    expect(start?.address).to.deep.include({ channel: 'web', botId: 'shop' });
    expect(session.language).to.equal('es');

    await shopper.send('hola');
    const message = seen.at(-1);
    expect(message).to.deep.include({ type: 'message', text: 'hola' });
    expect(message?.raw).to.deep.include({ text: 'hola' });
  });

  it('shows typing only while a turn is slow, and always ends it', async () => {
    const shopper = new SocketShopper(url);
    shoppers.push(shopper);
    await shopper.session;
    await shopper.send('quick');
    expect(shopper.typing).to.deep.equal([]);
    await shopper.send('slow');
    await shopper.repliesCount(3);
    await sleep(20);
    expect(shopper.typing).to.deep.equal([true, false]);
  });
});
