import type Database from 'better-sqlite3';
import type { ShopLocale } from '../localized.js';
import type { OrderStatus } from '../port/orders.js';

export interface SampleShopper {
  customerId: string;
  email: string;
  name: string;
  locale: ShopLocale;
  orderId: string;
  status: OrderStatus;
  placedAt: string;
}

const INTERESTING: readonly OrderStatus[] = ['shipped', 'delivered', 'pending', 'refunded', 'paid', 'cancelled'];

interface CandidateRow {
  shipment_status: string | null;
  customer_id: string;
  email: string;
  name: string;
  locale: ShopLocale;
  order_id: string;
  placed_at: string;
}

/**
 * One shopper per status, each a different customer, mixing languages where possible. Orders with
 * more to tell come first (a shipped parcel already moving, a refund after a return), then the most
 * recent. Deterministic for a given seed whatever the day it was seeded, so the README can list them.
 */
export function pickSampleShoppers(db: Database.Database, statuses: readonly OrderStatus[] = INTERESTING): SampleShopper[] {
  const candidates = db.prepare<[string], CandidateRow>(`
    SELECT s.status AS shipment_status, o.customer_id, c.email, c.name, c.locale, o.id AS order_id, o.placed_at
    FROM shop_orders o
    JOIN shop_customers c ON c.id = o.customer_id
    LEFT JOIN shop_shipments s ON s.order_id = o.id
    WHERE o.status = ?
    ORDER BY o.placed_at DESC, o.id DESC`);
  // A parcel that has left the warehouse has a timeline worth showing.
  const tellsMore = (row: CandidateRow): number => (row.shipment_status !== null && row.shipment_status !== 'label-created' ? 0 : 1);
  const usedCustomers = new Set<string>();
  const usedLocales = new Set<ShopLocale>();
  const picked: SampleShopper[] = [];
  for (const status of statuses) {
    const rows = candidates
      .all(status)
      .filter((row) => !usedCustomers.has(row.customer_id))
      .sort((a, b) => tellsMore(a) - tellsMore(b));
    if (usedLocales.size === 3) usedLocales.clear();
    const row = rows.find((candidate) => !usedLocales.has(candidate.locale)) ?? rows[0];
    if (row === undefined) continue;
    usedCustomers.add(row.customer_id);
    usedLocales.add(row.locale);
    picked.push({
      customerId: row.customer_id,
      email: row.email,
      name: row.name,
      locale: row.locale,
      orderId: row.order_id,
      status,
      placedAt: row.placed_at,
    });
  }
  return picked;
}
