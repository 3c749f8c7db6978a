import { z } from 'zod';
import type { ShopPort } from '../../../commerce/port/shop-port.js';
import { defineTool, toolError, toolResult } from '../../../dialogs/tools/define-tool.js';

/** The identity step: an anonymous shopper proves ownership with the order's email. */
export const verifyOrderOwner = (shop: ShopPort) => defineTool({
  name: 'verify-order-owner',
  description: 'Checks that an email is the one an order was placed with, and returns that customer.',
  inputSchema: z.object({ orderId: z.string().regex(/^\d{1,12}$/), email: z.string().trim().max(254) }),
  outputSchema: z.object({ customerId: z.string() }),
  effect: 'read',
  needsConfirmation: false,
  allowAnonymous: true,
  timeoutMs: 2000,
  async execute(input) {
    const owner = await shop.orders.verifyOwnership(input.orderId, input.email);
    // One answer for "no such order" and "wrong email", so order ids cannot be probed.
    return owner ? toolResult(owner) : toolError('not-matched');
  },
});
