import { formatList, formatMoney } from '../../../dialogs/i18n/format.js';
import type { Skill } from '../../../dialogs/skills/skill.js';
import type { ToolRegistry } from '../../../dialogs/tools/tool-registry.js';
import type { ProductDetails } from '../tools/get-product.js';

/** Answers a question that names a catalog product with its card: price, stock, sizes, colours. */
export const productQuestion = (tools: ToolRegistry): Skill => ({
  name: 'product-question',
  canHandle: (ctx) => ctx.understanding?.intent.name === 'product_question'
    && ctx.understanding.entities.some((entity) => entity.type === 'product'),
  async handle(ctx) {
    const productId = ctx.understanding?.entities.find((entity) => entity.type === 'product')?.value ?? '';
    const language = ctx.state.language;
    const result = await tools.call<ProductDetails>('get-product', { productId }, {
      customerId: ctx.state.customer?.id, language, signal: ctx.signal,
    });
    if (result.type === 'tool-error') {
      ctx.reply.text('products.unavailable');
      return;
    }
    const product = result.output;
    const lines = [
      `${formatMoney(product.price, language)} · ${product.stock > 0 ? ctx.t('products.inStock', { stock: product.stock }) : ctx.t('products.outOfStock')}`,
      product.description,
    ];
    if (product.sizes.length > 0) lines.push(ctx.t('products.sizes', { sizes: formatList(product.sizes, language) }));
    if (product.colours.length > 0) lines.push(ctx.t('products.colours', { colours: formatList(product.colours, language) }));
    ctx.reply.part({ type: 'card', title: product.name, body: lines.join('\n'), imageUrl: `/images/products/${encodeURIComponent(product.id)}.svg` });
  },
});
