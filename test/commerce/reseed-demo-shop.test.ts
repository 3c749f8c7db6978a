import { expect } from 'chai';
import Database from 'better-sqlite3';
import { openDemoShop, reseedDemoShop } from '../../commerce/demo/open-demo-shop.js';
import { readShopMeta, SHOP_SCHEMA_VERSION } from '../../commerce/demo/shop-schema.js';
import { dumpShopTables, openTestShop, SEED, SEEDED_AT } from './demo-shop-fixture.js';

const LATER = new Date(SEEDED_AT.getTime() + 3 * 24 * 60 * 60 * 1000);

describe('opening and reseeding the demo shop', () => {
  it('seeds an empty database once, and leaves a seeded one alone', () => {
    const { db } = openTestShop();
    const before = dumpShopTables(db);
    openDemoShop(db, { seed: SEED + 1, now: LATER });
    expect(dumpShopTables(db)).to.deep.equal(before);
    expect(readShopMeta(db)).to.deep.equal({ schemaVersion: SHOP_SCHEMA_VERSION, seededAt: SEEDED_AT.toISOString(), seed: SEED, currency: 'USD' });
  });

  it('prefixes every table it creates with shop_', () => {
    const { db } = openTestShop();
    const tables = db.prepare<[], { name: string }>(`SELECT name FROM sqlite_master WHERE type IN ('table', 'index') AND name NOT LIKE 'sqlite_%'`).all();
    for (const { name } of tables) expect(name).to.match(/^shop_/);
  });

  it('rebuilds to identical data when reseeded with the same seed and now', () => {
    const { db } = openTestShop();
    const before = dumpShopTables(db);
    reseedDemoShop(db, { seed: SEED, now: SEEDED_AT });
    reseedDemoShop(db, { seed: SEED, now: SEEDED_AT });
    expect(dumpShopTables(db)).to.deep.equal(before);
  });

  it('replaces the data when reseeded with another seed, and reports what it wrote', () => {
    const { db } = openTestShop();
    const summary = reseedDemoShop(db, { seed: SEED + 1, now: LATER });
    expect(summary).to.include({ seed: SEED + 1, seededAt: LATER.toISOString(), products: 240, customers: 120, orders: 560, categories: 8 });
    expect(Object.keys(summary.ordersByStatus).sort()).to.deep.equal(['cancelled', 'delivered', 'paid', 'pending', 'refunded', 'shipped']);
    expect(Object.values(summary.ordersByStatus).reduce((a, b) => a + b, 0)).to.equal(560);
  });

  it('keeps a port opened before the reseed working, on the new data', async () => {
    const { db, shop } = openTestShop();
    const owner = db.prepare<[], { id: string; customer_id: string }>(`SELECT id, customer_id FROM shop_orders WHERE id = '10001'`).get();
    expect(await shop.orders.getForCustomer(owner?.customer_id ?? '', '10001')).to.not.equal(undefined);
    reseedDemoShop(db, { seed: SEED + 5, now: SEEDED_AT });
    const newOwner = db.prepare<[], { customer_id: string }>(`SELECT customer_id FROM shop_orders WHERE id = '10001'`).get();
    const order = await shop.orders.getForCustomer(newOwner?.customer_id ?? '', '10001');
    expect(order?.customerId).to.equal(newOwner?.customer_id);
    expect((await shop.products.search('sneakers', 'en')).length).to.be.greaterThan(0);
  });

  it('rolls a failed reseed back, leaving the old shop in place', () => {
    const { db } = openTestShop();
    const before = dumpShopTables(db);
    // A table outside the shop that still points at a customer makes dropping shop_customers fail midway.
    db.exec('CREATE TABLE loyalty_cards (customer_id TEXT NOT NULL REFERENCES shop_customers (id))');
    db.prepare(`INSERT INTO loyalty_cards VALUES ('cus_0001')`).run();
    expect(() => reseedDemoShop(db, { seed: SEED + 1, now: SEEDED_AT })).to.throw(/FOREIGN KEY/);
    expect(dumpShopTables(db)).to.deep.equal(before);
  });

  it('refuses a currency that is not an ISO 4217 code', () => {
    const { db } = openTestShop();
    expect(() => reseedDemoShop(db, { seed: SEED, now: SEEDED_AT, currency: 'dollars' })).to.throw(RangeError);
  });

  it('rebuilds data written under an older schema version', () => {
    const { db } = openTestShop();
    db.prepare('UPDATE shop_meta SET schema_version = 0, seed = 1').run();
    openDemoShop(db, { seed: SEED, now: SEEDED_AT });
    expect(readShopMeta(db)?.schemaVersion).to.equal(SHOP_SCHEMA_VERSION);
    expect(readShopMeta(db)?.seed).to.equal(SEED);
  });

  it('leaves an empty shop empty when asked not to seed', async () => {
    const db = new Database(':memory:');
    const shop = openDemoShop(db, { seedWhenEmpty: false });
    expect(readShopMeta(db)).to.equal(undefined);
    expect((await shop.products.list()).total).to.equal(0);
    expect(await shop.orders.verifyOwnership('10001', 'x@example.com')).to.equal(undefined);
  });

  it('lives beside the tables of the rest of Parley in the same file', () => {
    const db = new Database(':memory:');
    db.exec('CREATE TABLE conversations (key TEXT PRIMARY KEY, state TEXT)');
    db.prepare('INSERT INTO conversations VALUES (?, ?)').run('web:shop:1', '{}');
    openDemoShop(db, { seed: SEED, now: SEEDED_AT });
    reseedDemoShop(db, { seed: SEED, now: SEEDED_AT });
    expect(db.prepare('SELECT count(*) AS total FROM conversations').get()).to.deep.equal({ total: 1 });
  });
});
