import { z } from 'zod';
import type { ShopPort } from '../../../commerce/port/shop-port.js';
import { defineTool, toolError, toolResult } from '../../../dialogs/tools/define-tool.js';
import { localize } from './localize.js';

/** The whole tracking timeline of one of the verified customer's orders. */
export const trackShipment = (shop: ShopPort) => defineTool({
  name: 'track-shipment',
  description: "Returns the carrier, tracking number and every tracking event of the verified customer's order.",
  inputSchema: z.object({ orderId: z.string().regex(/^\d{1,12}$/) }),
  outputSchema: z.object({
    orderId: z.string(),
    carrier: z.string(),
    trackingNumber: z.string(),
    status: z.string(),
    events: z.array(z.object({ code: z.string(), at: z.string(), location: z.string() })),
  }),
  effect: 'read',
  needsConfirmation: false,
  allowAnonymous: false,
  timeoutMs: 2000,
  async execute(input, ctx) {
    if (!ctx.customerId) return toolError('not-verified');
    const order = await shop.orders.getForCustomer(ctx.customerId, input.orderId);
    if (!order) return toolError('order-not-found');
    const [shipment] = await shop.shipments.listForOrder(ctx.customerId, order.id);
    if (!shipment) return toolError('not-shipped');
    return toolResult({
      orderId: order.id,
      carrier: shipment.carrier,
      trackingNumber: shipment.trackingNumber,
      status: shipment.status,
      events: shipment.events.map((event) => ({ code: event.code, at: event.at, location: localize(event.location, ctx.language) })),
    });
  },
});
