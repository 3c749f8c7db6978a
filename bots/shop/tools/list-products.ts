import { z } from 'zod';
import type { ShopPort } from '../../../commerce/port/shop-port.js';
import { defineTool, toolResult } from '../../../dialogs/tools/define-tool.js';
import { localize } from './localize.js';

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
    const page = await shop.products.list({ limit: 60, ...(input.category !== undefined && { category: input.category }) });
    // In stock first, then a spread across categories rather than the first few of one.
    const inStock = page.items.filter((product) => product.stock > 0);
    const spread = [...new Map(inStock.map((product) => [product.category, product])).values()];
    const chosen = [...spread, ...inStock.filter((product) => !spread.includes(product))].slice(0, input.limit);
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
