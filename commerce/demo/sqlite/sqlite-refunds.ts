import type Database from 'better-sqlite3';
import type { RefundsPort } from '../../port/refunds.js';
import { type RefundRow, toRefund } from './shop-rows.js';

export function createSqliteRefunds(db: Database.Database): RefundsPort {
  const refunds = db.prepare<[string, string], RefundRow>(`
    SELECT r.* FROM shop_refunds r JOIN shop_orders o ON o.id = r.order_id
    WHERE r.order_id = ? AND o.customer_id = ?
    ORDER BY r.requested_at, r.id`);
  return {
    async listForOrder(customerId, orderId) {
      return refunds.all(orderId, customerId).map(toRefund);
    },
  };
}
