import type Database from 'better-sqlite3';
import type { ShopPort } from '../../port/shop-port.js';
import { createSqliteCustomers } from './sqlite-customers.js';
import { createSqliteOrders } from './sqlite-orders.js';
import { createSqliteProducts } from './sqlite-products.js';
import { createSqliteRefunds } from './sqlite-refunds.js';
import { createSqliteShipments } from './sqlite-shipments.js';

/**
 * The shop port over the `shop_*` tables, which must exist. Every statement is prepared here, once;
 * SQLite re-prepares them by itself after a reseed rebuilds the tables.
 */
export function createSqliteShop(db: Database.Database): ShopPort {
  return {
    customers: createSqliteCustomers(db),
    orders: createSqliteOrders(db),
    shipments: createSqliteShipments(db),
    products: createSqliteProducts(db),
    refunds: createSqliteRefunds(db),
  };
}
