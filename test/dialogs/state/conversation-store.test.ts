import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'chai';
import type Database from 'better-sqlite3';
import { StateConflictError } from '../../../dialogs/engine/errors.js';
import type { ConversationStore } from '../../../dialogs/state/conversation-store.js';
import { initialState } from '../../../dialogs/state/conversation-state.js';
import { MemoryConversationStore } from '../../../dialogs/state/memory-store.js';
import { openSqlite } from '../../../dialogs/state/open-sqlite.js';
import { SqliteConversationStore } from '../../../dialogs/state/sqlite-store.js';

const address = { channel: 'rest' as const, botId: 'shop', conversationId: 'c1', userId: 'u1' };
const key = 'rest:shop:c1';
const at = '2026-01-02T03:04:05.000Z';

/** The behaviour every store must have, run against each implementation. */
function storeContract(name: string, open: () => { store: ConversationStore; reopen?: () => ConversationStore; done: () => void }, durable = false) {
  describe(`${name} conversation store`, () => {
    let store: ConversationStore;
    let env: ReturnType<typeof open>;
    beforeEach(() => { env = open(); store = env.store; });
    afterEach(() => env.done());

    it('creates a conversation once and returns the existing one after', async () => {
      const created = await store.create(key, { address, state: initialState('es') });
      expect(created.version).to.equal(0);
      expect(created.state.language).to.equal('es');
      const again = await store.create(key, { address, state: initialState('en') });
      expect(again.state.language).to.equal('es');
      expect(await store.get('rest:shop:unknown')).to.equal(undefined);
    });

    it('keeps a shopper line once per event id', async () => {
      await store.create(key, { address, state: initialState('en') });
      expect(await store.appendInbound(key, { from: 'shopper', text: 'hi', at, eventId: 'e1' })).to.equal(true);
      expect(await store.appendInbound(key, { from: 'shopper', text: 'hi', at, eventId: 'e1' })).to.equal(false);
      expect((await store.transcript(key)).map((line) => line.text)).to.deep.equal(['hi']);
    });

    it('commits state, bot lines and the outcome together, and answers a completed event id', async () => {
      await store.create(key, { address, state: initialState('en') });
      await store.appendInbound(key, { from: 'shopper', text: 'hi', at, eventId: 'e1' });
      const replies = [{ type: 'text' as const, text: 'Hello!' }];
      const version = await store.commitTurn(key, {
        eventId: 'e1', expectedVersion: 0, state: { ...initialState('en'), turns: 1 },
        outbound: [{ from: 'bot', text: 'Hello!', parts: replies, at, eventId: 'e1' }], replies,
      });
      expect(version).to.equal(1);
      expect((await store.get(key))?.state.turns).to.equal(1);
      expect((await store.completedTurn(key, 'e1'))?.replies).to.deep.equal(replies);
      expect(await store.completedTurn(key, 'e2')).to.equal(undefined);
      const lines = await store.transcript(key);
      expect(lines.map((line) => [line.from, line.text])).to.deep.equal([['shopper', 'hi'], ['bot', 'Hello!']]);
      expect(lines[1]?.parts).to.deep.equal(replies);
    });

    it('refuses a commit from a stale version and changes nothing', async () => {
      await store.create(key, { address, state: initialState('en') });
      await store.commitTurn(key, { eventId: 'e1', expectedVersion: 0, outbound: [], replies: [] });
      const stale = store.commitTurn(key, {
        eventId: 'e2', expectedVersion: 0, state: { ...initialState('zh-CN') },
        outbound: [{ from: 'bot', text: 'lost', at }], replies: [],
      });
      expect(await stale.catch((error: unknown) => error)).to.be.instanceOf(StateConflictError);
      expect((await store.get(key))?.state.language).to.equal('en');
      expect((await store.transcript(key)).map((line) => line.text)).to.deep.equal([]);
      expect(await store.completedTurn(key, 'e2')).to.equal(undefined);
    });

    it('returns the newest lines, oldest first, when limited', async () => {
      await store.create(key, { address, state: initialState('en') });
      await store.appendOutbound(key, ['1', '2', '3', '4'].map((text) => ({ from: 'agent' as const, text, at })));
      expect((await store.transcript(key, { limit: 2 })).map((line) => line.text)).to.deep.equal(['3', '4']);
    });

    it('hands out copies, so a caller cannot change stored state by accident', async () => {
      const created = await store.create(key, { address, state: initialState('en') });
      created.state.slots.orderId = '10001';
      expect((await store.get(key))?.state.slots).to.deep.equal({});
    });

    if (durable) {
      it('keeps everything across a reopen of the same file', async () => {
        if (!env.reopen) throw new Error('a durable store must be reopenable');
        await store.create(key, { address, state: initialState('en'), secretHash: 'abc' });
        await store.appendInbound(key, { from: 'shopper', text: '你好', at, eventId: 'e1' });
        await store.commitTurn(key, { eventId: 'e1', expectedVersion: 0, state: { ...initialState('zh-CN'), turns: 1 }, outbound: [{ from: 'bot', text: '您好', at }], replies: [] });
        const reopened = env.reopen();
        const record = await reopened.get(key);
        expect(record?.state.language).to.equal('zh-CN');
        expect(record?.secretHash).to.equal('abc');
        expect((await reopened.transcript(key)).map((line) => line.text)).to.deep.equal(['你好', '您好']);
      });
    }
  });
}

storeContract('memory', () => ({ store: new MemoryConversationStore(), done: () => {} }));

storeContract('SQLite', () => {
  const directory = mkdtempSync(join(tmpdir(), 'parley-store-'));
  const file = join(directory, 'parley.db');
  const handles: Database.Database[] = [openSqlite(file)];
  return {
    store: new SqliteConversationStore(handles[0]!),
    reopen: () => {
      handles[0]?.close();
      const db = openSqlite(file);
      handles.push(db);
      return new SqliteConversationStore(db);
    },
    done: () => {
      for (const db of handles) if (db.open) db.close();
      rmSync(directory, { recursive: true, force: true });
    },
  };
}, true);

describe('SQLite store schema', () => {
  it('refuses a database written by a newer version', () => {
    const db = openSqlite(':memory:');
    db.pragma('user_version = 99');
    expect(() => new SqliteConversationStore(db)).to.throw(/newer Parley/);
    db.close();
  });
});
