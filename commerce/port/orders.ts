import type { Localized } from '../localized.js';
import type { Money } from '../money.js';
import type { ProductColour } from './products.js';

export const ORDER_STATUSES = ['pending', 'paid', 'shipped', 'delivered', 'cancelled', 'refunded'] as const;

/**
 * `pending`: placed, not paid yet. `paid`: being prepared. `shipped`: handed to a carrier (a
 * shipment exists). `delivered`: the carrier delivered it. `cancelled`: stopped before it shipped
 * (a paid one gets a refund record). `refunded`: fully refunded, before shipping or after a return.
 */
export type OrderStatus = (typeof ORDER_STATUSES)[number];

export interface OrderItem {
  productId: string;
  /** The product's name when the order was placed. */
  name: Localized;
  quantity: number;
  unitPrice: Money;
  /** unitPrice × quantity. */
  lineTotal: Money;
  size?: string;
  colour?: ProductColour;
}

export interface Order {
  /** The order number without `#`, e.g. `10042`. */
  id: string;
  customerId: string;
  status: OrderStatus;
  items: OrderItem[];
  /** The sum of the items' line totals (shipping is free in the demo shop). */
  total: Money;
  shipTo: { city: Localized; country: string };
  /** ISO 8601 timestamps; each is set once the order reached that point. */
  placedAt: string;
  paidAt?: string;
  shippedAt?: string;
  deliveredAt?: string;
  cancelledAt?: string;
  refundedAt?: string;
}

export interface ListOrdersOptions {
  /** Defaults to 10, capped at 100. */
  limit?: number;
  offset?: number;
  /** Only orders in one of these statuses. */
  statuses?: readonly OrderStatus[];
}

/**
 * Orders, always scoped by the customer they belong to: an order of someone else reads exactly
 * like an order that does not exist.
 */
export interface OrdersPort {
  getForCustomer(customerId: string, orderId: string): Promise<Order | undefined>;
  /** Newest first. */
  listForCustomer(customerId: string, options?: ListOrdersOptions): Promise<Order[]>;
  /**
   * The one way an anonymous shopper proves who they are: an order id and the email it was placed
   * with (compared trimmed and case-insensitively). An unknown order and a wrong email both give
   * undefined, so the answer never tells which order ids exist. `orderId` is the bare id; use
   * `normalizeOrderNumber` on shopper text first.
   */
  verifyOwnership(orderId: string, email: string): Promise<{ customerId: string } | undefined>;
}
