import type { z } from 'zod';
import { formatMoney } from '../../../dialogs/i18n/format.js';
import type { Skill } from '../../../dialogs/skills/skill.js';
import type { ToolRegistry } from '../../../dialogs/tools/tool-registry.js';
import type { ProductCardSchema } from '../tools/list-products.js';

type ProductCard = z.infer<typeof ProductCardSchema>;

/** Shows a carousel of product cards when the shopper wants to browse. */
export const browseProducts = (tools: ToolRegistry): Skill => ({
  name: 'browse-products',
  canHandle: (ctx) => (ctx.event.type === 'choice' && ctx.event.payload === 'menu:products')
    || ctx.understanding?.intent.name === 'recommendation',
  async handle(ctx) {
    ctx.state.intent = 'recommendation';
    const result = await tools.call<{ products: ProductCard[] }>('list-products', { limit: 5 }, {
      customerId: ctx.state.customer?.id, language: ctx.state.language, signal: ctx.signal,
    });
    if (result.type === 'tool-error' || result.output.products.length === 0) {
      ctx.reply.text('products.unavailable');
      return;
    }
    ctx.reply.text('products.intro');
    ctx.reply.part({
      type: 'carousel',
      cards: result.output.products.map((product) => ({
        title: product.name,
        body: `${formatMoney(product.price, ctx.state.language)} · ${product.description}`,
        imageUrl: `/images/products/${encodeURIComponent(product.id)}.svg`,
      })),
    });
  },
});
