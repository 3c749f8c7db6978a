/**
 * The composition root: config -> stores -> commerce -> bot -> engine -> connectors -> HTTP and
 * socket servers. `npm start` runs `main()`; tests and benchmarks call `createParley()` directly.
 */
import { createServer, type Server as HttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import type Database from 'better-sqlite3';
import express from 'express';
import { pino, type Logger } from 'pino';
import { Server as SocketServer } from 'socket.io';
import { loadBotConfig } from './bots/bot-config.js';
import { catalogEntries } from './bots/shop/catalog-entries.js';
import { createShopTools } from './bots/shop/tools/shop-tools.js';
import { shopSkills } from './bots/shop/shop-skills.js';
import { openDemoShop } from './commerce/demo/open-demo-shop.js';
import { normalizeOrderNumber, ORDER_NUMBER_PATTERN } from './commerce/order-number.js';
import { ConfigError, databaseFileOf, loadConfig } from './config/load-config.js';
import type { Config } from './config/config-schema.js';
import type { ChannelId } from './connectors/contract/address.js';
import type { Connector } from './connectors/contract/connector.js';
import { bearerAuth } from './connectors/http/bearer-auth.js';
import { errorHandler, notFound } from './connectors/http/error-handler.js';
import { createRateLimiter, rateLimit } from './connectors/http/rate-limit.js';
import { RestConnector } from './connectors/rest/rest-connector.js';
import { WebChatConnector } from './connectors/web/web-chat-connector.js';
import { apologize } from './dialogs/engine/apologize.js';
import { Engine } from './dialogs/engine/engine.js';
import { createTranslator } from './dialogs/i18n/translator.js';
import { dedupe } from './dialogs/middleware/dedupe.js';
import { deliver, type Deliver } from './dialogs/middleware/deliver.js';
import { detectLanguage } from './dialogs/middleware/detect-language.js';
import { loadState } from './dialogs/middleware/load-state.js';
import { persist } from './dialogs/middleware/persist.js';
import { recordInbound } from './dialogs/middleware/record-inbound.js';
import { render } from './dialogs/middleware/render.js';
import { respond } from './dialogs/middleware/respond.js';
import { understand } from './dialogs/middleware/understand.js';
import type { ConversationStore } from './dialogs/state/conversation-store.js';
import { MemoryConversationStore } from './dialogs/state/memory-store.js';
import { openSqlite } from './dialogs/state/open-sqlite.js';
import { SqliteConversationStore } from './dialogs/state/sqlite-store.js';
import { createCatalogMatcher } from './dialogs/understanding/catalog-matcher.js';
import { createKeywordRecognizer } from './dialogs/understanding/keyword-recognizer.js';
import { webRoutes } from './web/web-routes.js';

const projectRoot = fileURLToPath(new URL('.', import.meta.url));

export interface Parley {
  config: Config;
  log: Logger;
  engine: Engine;
  store: ConversationStore;
  httpServer: HttpServer;
  /** Starts listening; resolves with the port actually bound (PORT=0 picks a free one). */
  listen(): Promise<number>;
  /** Graceful stop: no new work, in-flight turns finish, the store is flushed. */
  close(): Promise<void>;
}

export async function createParley(config: Config, log: Logger = pino({ level: config.LOG_LEVEL })): Promise<Parley> {
  const bot = loadBotConfig(config.BOT_DIR);
  // The demo shop lives in the same SQLite file; with the memory store it gets a private in-memory one.
  const db: Database.Database = openSqlite(config.STORE === 'sqlite' ? databaseFileOf(config) : ':memory:', { synchronous: config.SQLITE_SYNCHRONOUS });
  const store: ConversationStore = config.STORE === 'sqlite' ? new SqliteConversationStore(db) : new MemoryConversationStore();
  const shop = openDemoShop(db, { currency: config.SHOP_CURRENCY, seedWhenEmpty: config.SEED_DEMO_SHOP });
  const translator = createTranslator({ directory: `${projectRoot}locales`, languages: bot.languages, fallbackLanguage: bot.defaultLanguage });
  const tools = createShopTools(shop, log);
  const matchCatalog = createCatalogMatcher(await catalogEntries(shop));

  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', config.TRUST_PROXY);
  const httpServer = createServer(app);
  const io = new SocketServer(httpServer, { maxHttpBufferSize: 64 * 1024, serveClient: true });
  const limiter = createRateLimiter({ points: config.RATE_LIMIT_POINTS, windowSeconds: config.RATE_LIMIT_WINDOW_SECONDS });

  const shared = { store, botId: bot.id, languages: bot.languages, defaultLanguage: bot.defaultLanguage };
  const rest = new RestConnector(shared);
  const web = new WebChatConnector({ ...shared, io, limiter, log, trustProxy: app.get('trust proxy fn') as (address: string, hop: number) => boolean });
  const connectors = new Map<ChannelId, Connector>([[rest.channel, rest], [web.channel, web]]);
  const connectorFor = (channel: ChannelId): Connector => {
    const connector = connectors.get(channel);
    if (!connector) throw new Error(`no connector for channel ${channel}`);
    return connector;
  };
  const capabilitiesOf = (channel: ChannelId) => connectorFor(channel).capabilities;
  const send: Deliver = (address, parts, options) => connectorFor(address.channel).send(address, parts, options);

  const engine = new Engine({
    log,
    translator,
    turnTimeoutMs: config.TURN_TIMEOUT_MS,
    onError: apologize({ store, translator, capabilitiesOf, send }),
    stages: [
      loadState({ store, languages: bot.languages, defaultLanguage: bot.defaultLanguage }),
      dedupe({ store }),
      recordInbound({ store }),
      detectLanguage({ languages: bot.languages }),
      understand({ recognize: createKeywordRecognizer({ orderNumberPattern: ORDER_NUMBER_PATTERN, normalizeOrderNumber, matchCatalog }) }),
      respond({ skills: shopSkills(tools) }),
      render({ translator, capabilitiesOf }),
      persist({ store }),
      deliver({ send }),
    ],
  });
  for (const connector of connectors.values()) await connector.start((event) => engine.handle(event));

  let ready = true;
  app.get('/healthz', (_req, res) => { res.json({ status: 'ok' }); });
  app.get('/readyz', async (_req, res) => {
    const storeUp = await store.ping().then(() => true, () => false);
    res.status(ready && storeUp ? 200 : 503).json({ status: ready && storeUp ? 'ready' : 'not-ready', store: storeUp ? 'up' : 'down' });
  });
  app.use('/api', rateLimit(limiter));
  app.use(webRoutes({ shop }));
  app.use('/api/v1', ...(config.REST_API_KEY ? [bearerAuth(config.REST_API_KEY)] : []), rest.router);
  app.use('/api', notFound);
  app.use(errorHandler(log));

  return {
    config, log, engine, store, httpServer,
    listen: () => new Promise((resolve, reject) => {
      httpServer.once('error', reject);
      httpServer.listen(config.PORT, config.HOST, () => {
        const { port } = httpServer.address() as AddressInfo;
        log.info({ port, host: config.HOST, store: store.kind }, 'listening');
        resolve(port);
      });
    }),
    async close() {
      ready = false;
      for (const connector of connectors.values()) await connector.stop();
      const closed = new Promise<void>((resolve) => io.close(() => resolve()));
      await engine.drain();
      await closed;
      await store.close();
      db.close();
      log.info('stopped');
    },
  };
}

async function main(): Promise<void> {
  let config: Config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(`Parley cannot start: ${error.message}`);
      process.exit(78); // EX_CONFIG
    }
    throw error;
  }
  const parley = await createParley(config);
  await parley.listen();
  let stopping = false;
  const stop = (signal: string): void => {
    if (stopping) return;
    stopping = true;
    parley.log.info({ signal }, 'shutting down');
    const deadline = setTimeout(() => {
      parley.log.error('shutdown took too long; exiting');
      process.exit(1);
    }, config.SHUTDOWN_TIMEOUT_MS);
    deadline.unref();
    parley.close().then(() => process.exit(0), (error: unknown) => {
      parley.log.error({ err: error }, 'shutdown failed');
      process.exit(1);
    });
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main().catch((error: unknown) => {
    console.error('Parley failed to start:', error);
    process.exit(1);
  });
}
