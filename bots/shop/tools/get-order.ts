import { z } from 'zod';
import type { ShopPort } from '../../../commerce/port/shop-port.js';
import { ORDER_STATUSES } from '../../../commerce/port/orders.js';
import { defineTool, toolResult } from '../../../dialogs/tools/define-tool.js';
import { findCustomerOrder, OrderInputSchema } from './customer-order.js';
import { localize } from '../../../commerce/localized.js';

const MoneySchema = z.object({ amount: z.number(), currency: z.string() });

export const OrderSummarySchema = z.object({
  id: z.string(),
  status: z.enum(ORDER_STATUSES),
  placedAt: z.string(),
  deliveredAt: z.string().optional(),
  total: MoneySchema,
  items: z.array(z.object({ name: z.string(), quantity: z.number() })),
  shipment: z.object({
    carrier: z.string(),
    trackingNumber: z.string(),
    status: z.string(),
    estimatedDeliveryAt: z.string(),
    latest: z.object({ code: z.string(), at: z.string(), location: z.string() }).optional(),
  }).optional(),
});
export type OrderSummary = z.infer<typeof OrderSummarySchema>;

/** One of the verified customer's orders, in the shopper's language. */
export const getOrder = (shop: ShopPort) => defineTool({
  name: 'get-order',
  description: "Returns the status, items and latest tracking event of one of the verified customer's orders.",
  inputSchema: OrderInputSchema,
  outputSchema: OrderSummarySchema,
  effect: 'read',
  needsConfirmation: false,
  allowAnonymous: false,
  timeoutMs: 2000,
  async execute(input, ctx) {
    const found = await findCustomerOrder(shop, input.orderId, ctx);
    if ('type' in found) return found;
    const { order, shipment } = found;
    const latest = shipment?.events.at(-1);
    return toolResult({
      id: order.id,
      status: order.status,
      placedAt: order.placedAt,
      ...(order.deliveredAt !== undefined && { deliveredAt: order.deliveredAt }),
      total: order.total,
      items: order.items.map((item) => ({ name: localize(item.name, ctx.language), quantity: item.quantity })),
      ...(shipment && {
        shipment: {
          carrier: shipment.carrier,
          trackingNumber: shipment.trackingNumber,
          status: shipment.status,
          estimatedDeliveryAt: shipment.estimatedDeliveryAt,
          ...(latest && { latest: { code: latest.code, at: latest.at, location: localize(latest.location, ctx.language) } }),
        },
      }),
    });
  },
});
