import type Database from 'better-sqlite3';
import type { Order, OrdersPort } from '../../port/orders.js';
import { clampLimit, clampOffset } from './paging.js';
import { normalizeEmail } from './sqlite-customers.js';
import { type OrderItemRow, type OrderRow, toOrder, toOrderItem } from './shop-rows.js';

export function createSqliteOrders(db: Database.Database): OrdersPort {
  // Every statement carries the customer id: another customer's order is simply not found.
  const one = db.prepare<[string, string], OrderRow>('SELECT * FROM shop_orders WHERE id = ? AND customer_id = ?');
  const page = db.prepare<[string, string | null, string | null, number, number], OrderRow>(`
    SELECT * FROM shop_orders
    WHERE customer_id = ? AND (? IS NULL OR status IN (SELECT value FROM json_each(?)))
    ORDER BY placed_at DESC, id DESC
    LIMIT ? OFFSET ?`);
  const items = db.prepare<[string], OrderItemRow>('SELECT * FROM shop_order_items WHERE order_id = ? ORDER BY line');
  const owner = db.prepare<[string, string], { customer_id: string }>(`
    SELECT o.customer_id FROM shop_orders o JOIN shop_customers c ON c.id = o.customer_id
    WHERE o.id = ? AND c.email = ?`);

  const withItems = (row: OrderRow): Order =>
    toOrder(
      row,
      items.all(row.id).map((item) => toOrderItem(item, row.currency)),
    );

  return {
    async getForCustomer(customerId, orderId) {
      const row = one.get(orderId, customerId);
      return row === undefined ? undefined : withItems(row);
    },
    async listForCustomer(customerId, options = {}) {
      const statuses = options.statuses === undefined ? null : JSON.stringify(options.statuses);
      const rows = page.all(customerId, statuses, statuses, clampLimit(options.limit, 10, 100), clampOffset(options.offset));
      return rows.map(withItems);
    },
    async verifyOwnership(orderId, email) {
      // One query for both checks, so an unknown order and a wrong email take the same path.
      const row = owner.get(orderId.trim(), normalizeEmail(email));
      return row === undefined ? undefined : { customerId: row.customer_id };
    },
  };
}
