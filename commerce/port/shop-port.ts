import type { CustomersPort } from './customers.js';
import type { OrdersPort } from './orders.js';
import type { ProductsPort } from './products.js';
import type { RefundsPort } from './refunds.js';
import type { ShipmentsPort } from './shipments.js';

/**
 * Everything the bot may know about the shop. The demo backend (SQLite) and a later HTTP backend
 * implement the same port; every method is async. Customer data is only ever reached with the
 * customer id of the verified conversation as the first argument.
 */
export interface ShopPort {
  customers: CustomersPort;
  orders: OrdersPort;
  shipments: ShipmentsPort;
  products: ProductsPort;
  refunds: RefundsPort;
}
