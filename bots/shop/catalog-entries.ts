import type { ShopPort } from '../../commerce/port/shop-port.js';
import type { CatalogEntry } from '../../dialogs/understanding/catalog-matcher.js';

/** Every product's names in every language, read page by page, for the understanding's catalog matcher. */
export async function catalogEntries(shop: ShopPort): Promise<CatalogEntry[]> {
  const entries: CatalogEntry[] = [];
  for (let offset = 0; ; offset += 100) {
    const page = await shop.products.list({ limit: 100, offset });
    entries.push(...page.items.map((product) => ({ id: product.id, names: Object.values(product.name) })));
    if (page.items.length === 0 || entries.length >= page.total) return entries;
  }
}
