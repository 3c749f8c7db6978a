export type { Customer, CustomerSegment, CustomersPort } from './customers.js';
export { ORDER_STATUSES } from './orders.js';
export type { ListOrdersOptions, Order, OrderItem, OrderStatus, OrdersPort } from './orders.js';
export type { Product, ProductCategory, ProductColour, ProductListOptions, ProductPage, ProductsPort } from './products.js';
export type { Refund, RefundReason, RefundStatus, RefundsPort } from './refunds.js';
export type {
  Shipment,
  ShipmentExceptionReason,
  ShipmentStatus,
  ShipmentsPort,
  TrackingEvent,
  TrackingEventCode,
} from './shipments.js';
export type { ShopPort } from './shop-port.js';
