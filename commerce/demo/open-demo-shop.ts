import type Database from 'better-sqlite3';
import type { ShopPort } from '../port/shop-port.js';
import { type GenerateDemoShopOptions, generateDemoShop } from './generate-demo-shop.js';
import { createShopTables, dropShopTables, readShopMeta, SHOP_SCHEMA_VERSION } from './shop-schema.js';
import { createSqliteShop } from './sqlite/create-sqlite-shop.js';
import { writeDemoShop } from './write-demo-shop.js';

export interface OpenDemoShopOptions extends GenerateDemoShopOptions {
  /** Seed when the shop tables are empty (the default). With false, an empty shop stays empty. */
  seedWhenEmpty?: boolean;
}

/** What a seeding produced, for logs and the `seed` CLI. */
export interface DemoShopSummary {
  seededAt: string;
  seed: number;
  currency: string;
  categories: number;
  products: number;
  customers: number;
  orders: number;
  ordersByStatus: Record<string, number>;
  shipments: number;
  refunds: number;
}

/**
 * The demo shop in Parley's SQLite file: creates the `shop_*` tables if missing, seeds them when
 * they are empty (or hold an older schema version), and returns the port. Seeding runs in one
 * immediate transaction, so two processes starting together seed once.
 */
export function openDemoShop(db: Database.Database, options: OpenDemoShopOptions = {}): ShopPort {
  db.transaction(() => {
    const meta = readShopMeta(db);
    if (meta !== undefined && meta.schemaVersion !== SHOP_SCHEMA_VERSION) dropShopTables(db);
    createShopTables(db);
    if (meta?.schemaVersion !== SHOP_SCHEMA_VERSION && options.seedWhenEmpty !== false) writeDemoShop(db, generateDemoShop(options));
  }).immediate();
  return createSqliteShop(db);
}

/** Drops and rebuilds the demo data in one transaction; readers see the old shop or the new one. */
export function reseedDemoShop(db: Database.Database, options: GenerateDemoShopOptions = {}): DemoShopSummary {
  const data = generateDemoShop(options);
  db.transaction(() => {
    dropShopTables(db);
    createShopTables(db);
    writeDemoShop(db, data);
  }).immediate();
  return summarizeDemoShop(db);
}

/** Counts what the shop tables hold. */
export function summarizeDemoShop(db: Database.Database): DemoShopSummary {
  const meta = readShopMeta(db);
  if (meta === undefined) throw new Error('the demo shop has not been seeded');
  const count = (table: string): number => db.prepare<[], { total: number }>(`SELECT count(*) AS total FROM ${table}`).get()?.total ?? 0;
  const statuses = db.prepare<[], { status: string; total: number }>('SELECT status, count(*) AS total FROM shop_orders GROUP BY status ORDER BY status').all();
  return {
    seededAt: meta.seededAt,
    seed: meta.seed,
    currency: meta.currency,
    categories: count('shop_categories'),
    products: count('shop_products'),
    customers: count('shop_customers'),
    orders: count('shop_orders'),
    ordersByStatus: Object.fromEntries(statuses.map((row) => [row.status, row.total])),
    shipments: count('shop_shipments'),
    refunds: count('shop_refunds'),
  };
}
