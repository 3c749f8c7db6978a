import { z } from 'zod';
import type { ShopPort } from '../../../commerce/port/shop-port.js';
import { defineTool, toolResult } from '../../../dialogs/tools/define-tool.js';
import { featuredProducts } from '../../../commerce/featured-products.js';
import { localize } from '../../../commerce/localized.js';

export const ProductCardSchema = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string(),
  category: z.string(),
  price: z.object({ amount: z.number(), currency: z.string() }),
  inStock: z.boolean(),
});

/** Catalog products in the shopper's language; public data, so anonymous shoppers may ask. */
export const listProducts = (shop: ShopPort) => defineTool({
  name: 'list-products',
  description: 'Lists catalog products, optionally of one category.',
  inputSchema: z.object({ category: z.string().max(64).optional(), limit: z.number().int().min(1).max(20).default(5) }),
  outputSchema: z.object({ products: z.array(ProductCardSchema) }),
  effect: 'read',
  needsConfirmation: false,
  allowAnonymous: true,
  timeoutMs: 2000,
  async execute(input, ctx) {
    const chosen = await featuredProducts(shop.products, { limit: input.limit, ...(input.category !== undefined && { category: input.category }) });
    return toolResult({
      products: chosen.map((product) => ({
        id: product.id,
        name: localize(product.name, ctx.language),
        description: localize(product.description, ctx.language),
        category: product.category,
        price: product.price,
        inStock: product.stock > 0,
      })),
    });
  },
});
