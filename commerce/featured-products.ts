import type { Product, ProductsPort } from './port/products.js';

/**
 * What to show a shopper who is just browsing: in-stock products, one from each category in
 * turn, so a short list shows the whole shop rather than the first few of one category. With a
 * category, that category's in-stock products.
 */
export async function featuredProducts(products: ProductsPort, options: { limit: number; category?: string }): Promise<Product[]> {
  const categories = options.category !== undefined ? [options.category] : (await products.categories()).map((entry) => entry.id);
  const perCategory = Math.ceil(options.limit / Math.max(1, categories.length));
  const pages = await Promise.all(categories.map((category) => products.list({ category, limit: perCategory * 2 })));
  const queues = pages.map((page) => page.items.filter((product) => product.stock > 0));
  const mixed: Product[] = [];
  for (let round = 0; mixed.length < options.limit && queues.some((queue) => queue.length > round); round += 1) {
    for (const queue of queues) {
      const product = queue[round];
      if (product && mixed.length < options.limit) mixed.push(product);
    }
  }
  return mixed;
}
