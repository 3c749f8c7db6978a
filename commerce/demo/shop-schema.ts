import type Database from 'better-sqlite3';

/**
 * Bump when a shop table changes shape: `openDemoShop` then drops and rebuilds the demo data.
 * Every future version must keep `shop_meta.schema_version`, the column that tells them apart.
 */
export const SHOP_SCHEMA_VERSION = 1;

/** Children first, so dropping never trips a foreign key. */
const SHOP_TABLES = [
  'shop_refunds',
  'shop_tracking_events',
  'shop_shipments',
  'shop_order_items',
  'shop_orders',
  'shop_customers',
  'shop_products',
  'shop_categories',
  'shop_meta',
] as const;

const STATUS_CHECK = `status IN ('pending', 'paid', 'shipped', 'delivered', 'cancelled', 'refunded')`;

// Times are ISO 8601 text (sortable), money integer minor units, localized text one column per language.
const CREATE_TABLES = `
CREATE TABLE IF NOT EXISTS shop_meta (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  schema_version INTEGER NOT NULL,
  seeded_at TEXT NOT NULL,
  seed INTEGER NOT NULL,
  currency TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS shop_categories (
  id TEXT PRIMARY KEY,
  position INTEGER NOT NULL,
  name_zh TEXT NOT NULL, name_en TEXT NOT NULL, name_es TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS shop_products (
  id TEXT PRIMARY KEY,
  position INTEGER NOT NULL,
  category_id TEXT NOT NULL REFERENCES shop_categories (id),
  name_zh TEXT NOT NULL, name_en TEXT NOT NULL, name_es TEXT NOT NULL,
  description_zh TEXT NOT NULL, description_en TEXT NOT NULL, description_es TEXT NOT NULL,
  price_minor INTEGER NOT NULL CHECK (price_minor >= 0),
  currency TEXT NOT NULL,
  stock INTEGER NOT NULL CHECK (stock >= 0),
  sizes TEXT NOT NULL,
  colours TEXT NOT NULL,
  search_text TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS shop_products_by_category ON shop_products (category_id, position);
CREATE TABLE IF NOT EXISTS shop_customers (
  id TEXT PRIMARY KEY,
  email TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  locale TEXT NOT NULL,
  country TEXT NOT NULL,
  city_zh TEXT NOT NULL, city_en TEXT NOT NULL, city_es TEXT NOT NULL,
  segment TEXT NOT NULL,
  signed_up_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS shop_orders (
  id TEXT PRIMARY KEY,
  customer_id TEXT NOT NULL REFERENCES shop_customers (id),
  status TEXT NOT NULL CHECK (${STATUS_CHECK}),
  total_minor INTEGER NOT NULL,
  currency TEXT NOT NULL,
  ship_city_zh TEXT NOT NULL, ship_city_en TEXT NOT NULL, ship_city_es TEXT NOT NULL,
  ship_country TEXT NOT NULL,
  placed_at TEXT NOT NULL,
  paid_at TEXT, shipped_at TEXT, delivered_at TEXT, cancelled_at TEXT, refunded_at TEXT
);
CREATE INDEX IF NOT EXISTS shop_orders_by_customer ON shop_orders (customer_id, placed_at DESC);
CREATE TABLE IF NOT EXISTS shop_order_items (
  order_id TEXT NOT NULL REFERENCES shop_orders (id),
  line INTEGER NOT NULL,
  product_id TEXT NOT NULL REFERENCES shop_products (id),
  name_zh TEXT NOT NULL, name_en TEXT NOT NULL, name_es TEXT NOT NULL,
  quantity INTEGER NOT NULL CHECK (quantity > 0),
  unit_price_minor INTEGER NOT NULL,
  size TEXT,
  colour TEXT,
  PRIMARY KEY (order_id, line)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS shop_shipments (
  id TEXT PRIMARY KEY,
  order_id TEXT NOT NULL REFERENCES shop_orders (id),
  carrier TEXT NOT NULL,
  tracking_number TEXT NOT NULL,
  status TEXT NOT NULL,
  shipped_at TEXT NOT NULL,
  estimated_delivery_at TEXT NOT NULL,
  delivered_at TEXT
);
CREATE INDEX IF NOT EXISTS shop_shipments_by_order ON shop_shipments (order_id);
CREATE TABLE IF NOT EXISTS shop_tracking_events (
  shipment_id TEXT NOT NULL REFERENCES shop_shipments (id),
  seq INTEGER NOT NULL,
  at TEXT NOT NULL,
  code TEXT NOT NULL,
  location_zh TEXT NOT NULL, location_en TEXT NOT NULL, location_es TEXT NOT NULL,
  exception_reason TEXT,
  PRIMARY KEY (shipment_id, seq)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS shop_refunds (
  id TEXT PRIMARY KEY,
  order_id TEXT NOT NULL REFERENCES shop_orders (id),
  amount_minor INTEGER NOT NULL CHECK (amount_minor > 0),
  currency TEXT NOT NULL,
  reason TEXT NOT NULL,
  status TEXT NOT NULL,
  requested_at TEXT NOT NULL,
  completed_at TEXT
);
CREATE INDEX IF NOT EXISTS shop_refunds_by_order ON shop_refunds (order_id, requested_at);
`;

export function createShopTables(db: Database.Database): void {
  db.exec(CREATE_TABLES);
}

export function dropShopTables(db: Database.Database): void {
  for (const table of SHOP_TABLES) db.exec(`DROP TABLE IF EXISTS ${table}`);
}

export interface ShopMeta {
  schemaVersion: number;
  seededAt: string;
  seed: number;
  currency: string;
}

/** The seeding record, or undefined when the shop was never seeded (or its tables are missing). */
export function readShopMeta(db: Database.Database): ShopMeta | undefined {
  const table = db.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'shop_meta'`).get();
  if (table === undefined) return undefined;
  return db
    .prepare<[], ShopMeta>('SELECT schema_version AS schemaVersion, seeded_at AS seededAt, seed, currency FROM shop_meta WHERE id = 1')
    .get();
}
