import { z } from 'zod';
import type { Localized, ShopLocale } from '../../localized.js';
import { moneyFromMinor } from '../../money.js';
import type { Customer, CustomerSegment } from '../../port/customers.js';
import type { Order, OrderItem, OrderStatus } from '../../port/orders.js';
import type { Product, ProductColour } from '../../port/products.js';
import type { Refund, RefundReason, RefundStatus } from '../../port/refunds.js';
import type { ShipmentExceptionReason, ShipmentStatus, TrackingEvent, TrackingEventCode } from '../../port/shipments.js';
import { colourName } from '../catalog/colours.js';

/*
 * Rows as the shop tables hold them, and their mapping to the port's types. The enum-like text
 * columns are typed by what `writeDemoShop` stores (the orders table also CHECKs its status);
 * the JSON columns are parsed with zod. Optional values are left out rather than set to undefined.
 */

export interface CustomerRow {
  id: string;
  email: string;
  name: string;
  locale: ShopLocale;
  country: string;
  city_zh: string;
  city_en: string;
  city_es: string;
  segment: CustomerSegment;
  signed_up_at: string;
  order_count: number;
}

export interface ProductRow {
  id: string;
  category_id: string;
  name_zh: string;
  name_en: string;
  name_es: string;
  description_zh: string;
  description_en: string;
  description_es: string;
  price_minor: number;
  currency: string;
  stock: number;
  sizes: string;
  colours: string;
  search_text: string;
}

export interface OrderRow {
  id: string;
  customer_id: string;
  status: OrderStatus;
  total_minor: number;
  currency: string;
  ship_city_zh: string;
  ship_city_en: string;
  ship_city_es: string;
  ship_country: string;
  placed_at: string;
  paid_at: string | null;
  shipped_at: string | null;
  delivered_at: string | null;
  cancelled_at: string | null;
  refunded_at: string | null;
}

export interface OrderItemRow {
  product_id: string;
  name_zh: string;
  name_en: string;
  name_es: string;
  quantity: number;
  unit_price_minor: number;
  size: string | null;
  colour: string | null;
}

export interface ShipmentRow {
  id: string;
  order_id: string;
  carrier: string;
  tracking_number: string;
  status: ShipmentStatus;
  shipped_at: string;
  estimated_delivery_at: string;
  delivered_at: string | null;
}

export interface TrackingEventRow {
  shipment_id: string;
  at: string;
  code: TrackingEventCode;
  location_zh: string;
  location_en: string;
  location_es: string;
  exception_reason: ShipmentExceptionReason | null;
}

export interface RefundRow {
  id: string;
  order_id: string;
  amount_minor: number;
  currency: string;
  reason: RefundReason;
  status: RefundStatus;
  requested_at: string;
  completed_at: string | null;
}

const StringList = z.array(z.string());

const localized = (zh: string, en: string, es: string): Localized => ({ 'zh-CN': zh, en, es });

const colour = (code: string): ProductColour => ({ code, name: colourName(code) });

export function toCustomer(row: CustomerRow): Customer {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    locale: row.locale,
    country: row.country,
    city: localized(row.city_zh, row.city_en, row.city_es),
    segment: row.segment,
    orderCount: row.order_count,
    signedUpAt: row.signed_up_at,
  };
}

export function toProduct(row: ProductRow): Product {
  return {
    id: row.id,
    category: row.category_id,
    name: localized(row.name_zh, row.name_en, row.name_es),
    description: localized(row.description_zh, row.description_en, row.description_es),
    price: moneyFromMinor(row.price_minor, row.currency),
    stock: row.stock,
    sizes: StringList.parse(JSON.parse(row.sizes)),
    colours: StringList.parse(JSON.parse(row.colours)).map(colour),
  };
}

export function toOrderItem(row: OrderItemRow, currency: string): OrderItem {
  return {
    productId: row.product_id,
    name: localized(row.name_zh, row.name_en, row.name_es),
    quantity: row.quantity,
    unitPrice: moneyFromMinor(row.unit_price_minor, currency),
    lineTotal: moneyFromMinor(row.unit_price_minor * row.quantity, currency),
    ...(row.size !== null && { size: row.size }),
    ...(row.colour !== null && { colour: colour(row.colour) }),
  };
}

export function toOrder(row: OrderRow, items: OrderItem[]): Order {
  return {
    id: row.id,
    customerId: row.customer_id,
    status: row.status,
    items,
    total: moneyFromMinor(row.total_minor, row.currency),
    shipTo: { city: localized(row.ship_city_zh, row.ship_city_en, row.ship_city_es), country: row.ship_country },
    placedAt: row.placed_at,
    ...(row.paid_at !== null && { paidAt: row.paid_at }),
    ...(row.shipped_at !== null && { shippedAt: row.shipped_at }),
    ...(row.delivered_at !== null && { deliveredAt: row.delivered_at }),
    ...(row.cancelled_at !== null && { cancelledAt: row.cancelled_at }),
    ...(row.refunded_at !== null && { refundedAt: row.refunded_at }),
  };
}

export function toTrackingEvent(row: TrackingEventRow): TrackingEvent {
  return {
    at: row.at,
    code: row.code,
    location: localized(row.location_zh, row.location_en, row.location_es),
    ...(row.exception_reason !== null && { exceptionReason: row.exception_reason }),
  };
}

export function toRefund(row: RefundRow): Refund {
  return {
    id: row.id,
    orderId: row.order_id,
    amount: moneyFromMinor(row.amount_minor, row.currency),
    reason: row.reason,
    status: row.status,
    requestedAt: row.requested_at,
    ...(row.completed_at !== null && { completedAt: row.completed_at }),
  };
}
