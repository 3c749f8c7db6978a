import type { Localized, ShopLocale } from '../localized.js';
import type { CustomerSegment } from '../port/customers.js';
import type { OrderStatus } from '../port/orders.js';
import type { RefundReason, RefundStatus } from '../port/refunds.js';
import type { ShipmentExceptionReason, ShipmentStatus, TrackingEventCode } from '../port/shipments.js';

/**
 * The generated demo shop before it is written to SQLite: amounts in integer minor units,
 * times in epoch milliseconds.
 */
export interface DemoShopData {
  seed: number;
  now: number;
  currency: string;
  categories: DemoCategory[];
  products: DemoProduct[];
  customers: DemoCustomer[];
  orders: DemoOrder[];
  shipments: DemoShipment[];
  refunds: DemoRefund[];
}

export interface DemoCategory {
  id: string;
  name: Localized;
}

export interface DemoProduct {
  id: string;
  category: string;
  name: Localized;
  description: Localized;
  priceMinor: number;
  stock: number;
  sizes: string[];
  colourCodes: string[];
}

export interface DemoCustomer {
  id: string;
  email: string;
  name: string;
  locale: ShopLocale;
  country: string;
  city: Localized;
  segment: CustomerSegment;
  signedUpAt: number;
}

export interface DemoOrderItem {
  productId: string;
  name: Localized;
  quantity: number;
  unitPriceMinor: number;
  size?: string;
  colourCode?: string;
}

export interface DemoOrder {
  id: string;
  customerId: string;
  status: OrderStatus;
  items: DemoOrderItem[];
  totalMinor: number;
  shipTo: { city: Localized; country: string };
  placedAt: number;
  paidAt?: number;
  shippedAt?: number;
  deliveredAt?: number;
  cancelledAt?: number;
  refundedAt?: number;
}

export interface DemoTrackingEvent {
  at: number;
  code: TrackingEventCode;
  location: Localized;
  exceptionReason?: ShipmentExceptionReason;
}

export interface DemoShipment {
  id: string;
  orderId: string;
  carrier: string;
  trackingNumber: string;
  status: ShipmentStatus;
  shippedAt: number;
  estimatedDeliveryAt: number;
  deliveredAt?: number;
  events: DemoTrackingEvent[];
}

export interface DemoRefund {
  id: string;
  orderId: string;
  amountMinor: number;
  reason: RefundReason;
  status: RefundStatus;
  requestedAt: number;
  completedAt?: number;
}
