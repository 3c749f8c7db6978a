import { z } from 'zod';
import type { ShopPort } from '../../../commerce/port/shop-port.js';
import { defineTool, toolError, toolResult } from '../../../dialogs/tools/define-tool.js';
import { findCustomerOrder, OrderInputSchema } from './customer-order.js';
import { localize } from '../../../commerce/localized.js';

/** The whole tracking timeline of one of the verified customer's orders. */
export const trackShipment = (shop: ShopPort) => defineTool({
  name: 'track-shipment',
  description: "Returns the carrier, tracking number and every tracking event of the verified customer's order.",
  inputSchema: OrderInputSchema,
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
    const found = await findCustomerOrder(shop, input.orderId, ctx);
    if ('type' in found) return found;
    const { order, shipment } = found;
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
