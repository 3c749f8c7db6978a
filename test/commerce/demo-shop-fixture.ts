import Database from 'better-sqlite3';
import { openDemoShop } from '../../commerce/demo/open-demo-shop.js';
import type { ShopPort } from '../../commerce/port/shop-port.js';

/** The moment every commerce test seeds at, so expectations never depend on the clock. */
export const SEEDED_AT = new Date('2025-06-15T09:30:00.000Z');
export const SEED = 7;

export interface DemoShopFixture {
  db: Database.Database;
  shop: ShopPort;
}

/** A seeded demo shop in a private in-memory SQLite database, as the server opens it. */
export function openTestShop(options: { seed?: number; now?: Date; currency?: string } = {}): DemoShopFixture {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  const shop = openDemoShop(db, { seed: options.seed ?? SEED, now: options.now ?? SEEDED_AT, currency: options.currency ?? 'USD' });
  return { db, shop };
}

/** Every row of every shop table, for comparing two databases. */
export function dumpShopTables(db: Database.Database): Record<string, unknown[]> {
  const tables = db
    .prepare<[], { name: string }>(`SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 'shop\\_%' ESCAPE '\\' ORDER BY name`)
    .all();
  return Object.fromEntries(tables.map(({ name }) => [name, db.prepare(`SELECT * FROM ${name} ORDER BY 1, 2`).all()]));
}
