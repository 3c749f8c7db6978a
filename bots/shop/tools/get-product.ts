import { z } from 'zod';
import type { ShopPort } from '../../../commerce/port/shop-port.js';
import { defineTool, toolError, toolResult } from '../../../dialogs/tools/define-tool.js';
import { localize } from '../../../commerce/localized.js';

export const ProductDetailsSchema = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string(),
  price: z.object({ amount: z.number(), currency: z.string() }),
  stock: z.number().int().min(0),
  sizes: z.array(z.string()),
  colours: z.array(z.string()),
});
export type ProductDetails = z.infer<typeof ProductDetailsSchema>;

/** One catalog product's attributes in the shopper's language; public data. */
export const getProduct = (shop: ShopPort) => defineTool({
  name: 'get-product',
  description: 'Returns the price, stock, sizes and colours of one catalog product.',
  inputSchema: z.object({ productId: z.string().min(1).max(64) }),
  outputSchema: ProductDetailsSchema,
  effect: 'read',
  needsConfirmation: false,
  allowAnonymous: true,
  timeoutMs: 2000,
  async execute(input, ctx) {
    const product = await shop.products.get(input.productId);
    if (!product) return toolError('product-not-found');
    return toolResult({
      id: product.id,
      name: localize(product.name, ctx.language),
      description: localize(product.description, ctx.language),
      price: product.price,
      stock: product.stock,
      sizes: product.sizes,
      colours: product.colours.map((colour) => localize(colour.name, ctx.language)),
    });
  },
});
