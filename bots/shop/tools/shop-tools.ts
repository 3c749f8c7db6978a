import type { Logger } from 'pino';
import type { ShopPort } from '../../../commerce/port/shop-port.js';
import { ToolRegistry } from '../../../dialogs/tools/tool-registry.js';
import { getOrder } from './get-order.js';
import { getProduct } from './get-product.js';
import { listProducts } from './list-products.js';
import { trackShipment } from './track-shipment.js';
import { verifyOrderOwner } from './verify-order-owner.js';

/** The demo shop's tools, registered once and shared by every conversation. */
export function createShopTools(shop: ShopPort, log: Logger): ToolRegistry {
  return new ToolRegistry(log)
    .register(verifyOrderOwner(shop))
    .register(getOrder(shop))
    .register(trackShipment(shop))
    .register(listProducts(shop))
    .register(getProduct(shop));
}
