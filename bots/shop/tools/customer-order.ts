import { z } from 'zod';
import type { Order } from '../../../commerce/port/orders.js';
import type { Shipment } from '../../../commerce/port/shipments.js';
import type { ShopPort } from '../../../commerce/port/shop-port.js';
import { toolError, type ToolContext } from '../../../dialogs/tools/define-tool.js';

/** The input of every tool about one order: the bare order number. */
export const OrderInputSchema = z.object({ orderId: z.string().regex(/^\d{1,12}$/) });

/**
 * One of the verified customer's orders and its shipment, or the tool-error to return. Both
 * look-ups are scoped by the conversation's customer, never by anything the shopper typed.
 */
export async function findCustomerOrder(shop: ShopPort, orderId: string, ctx: ToolContext):
  Promise<{ order: Order; shipment: Shipment | undefined } | ReturnType<typeof toolError>> {
  if (!ctx.customerId) return toolError('not-verified');
  const order = await shop.orders.getForCustomer(ctx.customerId, orderId);
  if (!order) return toolError('order-not-found');
  const [shipment] = await shop.shipments.listForOrder(ctx.customerId, order.id);
  return { order, shipment };
}
