import type Database from 'better-sqlite3';
import { moneyFromMinor } from '../money.js';
import type { OrderStatus } from '../port/orders.js';

/** The shape `npm run demo-data` prints: every customer and order, for tests, demos and tooling. */
export interface DemoDataExport {
  customers: Array<{ id: string; email: string; name: string }>;
  orders: Array<{
    id: string;
    customerId: string;
    status: OrderStatus;
    /** Major units. */
    total: number;
    currency: string;
    items: Array<{ productId: string; name: string; quantity: number; unitPrice: number }>;
    placedAt: string;
    /** Only on delivered orders. */
    deliveredAt?: string;
  }>;
}

interface OrderRow {
  id: string;
  customer_id: string;
  status: OrderStatus;
  total_minor: number;
  currency: string;
  placed_at: string;
  delivered_at: string | null;
}

interface ItemRow {
  order_id: string;
  product_id: string;
  name_en: string;
  quantity: number;
  unit_price_minor: number;
}

export function exportDemoData(db: Database.Database): DemoDataExport {
  const customers = db.prepare<[], DemoDataExport['customers'][number]>('SELECT id, email, name FROM shop_customers ORDER BY id').all();
  const orders = db.prepare<[], OrderRow>('SELECT * FROM shop_orders ORDER BY id').all();
  const items = db.prepare<[], ItemRow>('SELECT * FROM shop_order_items ORDER BY order_id, line').all();
  const itemsByOrder = new Map<string, ItemRow[]>();
  for (const item of items) itemsByOrder.set(item.order_id, [...(itemsByOrder.get(item.order_id) ?? []), item]);
  return {
    customers,
    orders: orders.map((order) => ({
      id: order.id,
      customerId: order.customer_id,
      status: order.status,
      total: moneyFromMinor(order.total_minor, order.currency).amount,
      currency: order.currency,
      items: (itemsByOrder.get(order.id) ?? []).map((item) => ({
        productId: item.product_id,
        name: item.name_en,
        quantity: item.quantity,
        unitPrice: moneyFromMinor(item.unit_price_minor, order.currency).amount,
      })),
      placedAt: order.placed_at,
      ...(order.status === 'delivered' && order.delivered_at !== null && { deliveredAt: order.delivered_at }),
    })),
  };
}
