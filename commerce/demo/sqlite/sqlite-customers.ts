import type Database from 'better-sqlite3';
import type { CustomersPort } from '../../port/customers.js';
import { type CustomerRow, toCustomer } from './shop-rows.js';

const SELECT_CUSTOMER = `
  SELECT c.*, (SELECT count(*) FROM shop_orders o WHERE o.customer_id = c.id) AS order_count
  FROM shop_customers c`;

export function createSqliteCustomers(db: Database.Database): CustomersPort {
  const byId = db.prepare<[string], CustomerRow>(`${SELECT_CUSTOMER} WHERE c.id = ?`);
  // Emails are stored trimmed and lower-cased, so an index lookup on the normalized input suffices.
  const byEmail = db.prepare<[string], CustomerRow>(`${SELECT_CUSTOMER} WHERE c.email = ?`);
  return {
    async findById(customerId) {
      const row = byId.get(customerId);
      return row === undefined ? undefined : toCustomer(row);
    },
    async findByEmail(email) {
      const row = byEmail.get(normalizeEmail(email));
      return row === undefined ? undefined : toCustomer(row);
    },
  };
}

/** How emails are compared everywhere in the shop: trimmed, lower-cased. */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}
