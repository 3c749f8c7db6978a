import { generateDemoShop } from '../../commerce/demo/generate-demo-shop.js';

export interface OrderCase {
  orderId: string;
  email: string;
  status: string;
  itemNames: string[];
}

/**
 * Every demo order with its owner's email. The demo shop is generated from a fixed seed, so these
 * are the orders `openDemoShop` seeds into Parley's (in-memory or file) database; the benches check
 * every order-status conversation ended on the order's status, so a drift would fail loudly.
 */
export function demoOrderCases(): OrderCase[] {
  const shop = generateDemoShop();
  const emails = new Map(shop.customers.map((customer) => [customer.id, customer.email]));
  return shop.orders.map((order) => {
    const email = emails.get(order.customerId);
    if (email === undefined) throw new Error(`demo order ${order.id} has no customer`);
    return { orderId: order.id, email, status: order.status, itemNames: order.items.map((item) => `${item.quantity} × ${item.name.en}`) };
  });
}
