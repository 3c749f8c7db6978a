import type Database from 'better-sqlite3';
import type { ShopLocale } from '../../localized.js';
import type { Product, ProductsPort } from '../../port/products.js';
import { foldText } from '../fold-text.js';
import { clampLimit, clampOffset } from './paging.js';
import { type ProductRow, toProduct } from './shop-rows.js';

interface CategoryRow {
  id: string;
  name_zh: string;
  name_en: string;
  name_es: string;
  product_count: number;
}

export function createSqliteProducts(db: Database.Database): ProductsPort {
  const byId = db.prepare<[string], ProductRow>('SELECT * FROM shop_products WHERE id = ?');
  const page = db.prepare<[string | null, string | null, number, number], ProductRow>(`
    SELECT * FROM shop_products WHERE (? IS NULL OR category_id = ?) ORDER BY position LIMIT ? OFFSET ?`);
  const count = db.prepare<[string | null, string | null], { total: number }>(`
    SELECT count(*) AS total FROM shop_products WHERE (? IS NULL OR category_id = ?)`);
  const categories = db.prepare<[], CategoryRow>(`
    SELECT c.id, c.name_zh, c.name_en, c.name_es,
      (SELECT count(*) FROM shop_products p WHERE p.category_id = c.id) AS product_count
    FROM shop_categories c ORDER BY c.position`);
  // Narrows by the longest word in SQL; the other words and the ranking are checked in code.
  const candidates = db.prepare<[string], ProductRow>('SELECT * FROM shop_products WHERE instr(search_text, ?) > 0 ORDER BY position');

  return {
    async get(productId) {
      const row = byId.get(productId);
      return row === undefined ? undefined : toProduct(row);
    },
    async list(options = {}) {
      const category = options.category ?? null;
      const rows = page.all(category, category, clampLimit(options.limit, 20, 100), clampOffset(options.offset));
      return { items: rows.map(toProduct), total: count.get(category, category)?.total ?? 0 };
    },
    async categories() {
      return categories.all().map((row) => ({
        id: row.id,
        name: { 'zh-CN': row.name_zh, en: row.name_en, es: row.name_es },
        productCount: row.product_count,
      }));
    },
    async search(text, locale, limit) {
      const words = foldText(text).split(/[\s,.;:!?，。；：！？、]+/u).filter((word) => word.length > 0);
      const longest = [...words].sort((a, b) => b.length - a.length)[0];
      if (longest === undefined) return [];
      const matches = candidates.all(longest).filter((row) => words.every((word) => containsWord(row.search_text, word)));
      const inOwnLanguage = (row: ProductRow): boolean => words.every((word) => containsWord(foldText(nameIn(row, locale)), word));
      // A stable sort: matches in the shopper's language first, catalog order otherwise.
      return matches
        .map((row) => ({ row, rank: inOwnLanguage(row) ? 0 : 1 }))
        .sort((a, b) => a.rank - b.rank)
        .slice(0, clampLimit(limit, 10, 50))
        .map(({ row }): Product => toProduct(row));
    },
  };
}

function nameIn(row: ProductRow, locale: ShopLocale): string {
  return locale === 'zh-CN' ? row.name_zh : locale === 'en' ? row.name_en : row.name_es;
}

/**
 * Latin words match at the start of a word ("zapatilla" finds "zapatillas", "ante" does not find
 * "elegante"); Chinese has no spaces between words, so it matches anywhere, and so does a Latin
 * word right after a Chinese character ("t恤" in "纯棉t恤").
 */
function containsWord(haystack: string, word: string): boolean {
  if (!/[a-z0-9]/.test(word)) return haystack.includes(word);
  let from = haystack.indexOf(word);
  while (from !== -1) {
    const before = haystack.charAt(from - 1);
    if (!/[a-z0-9]/.test(before)) return true;
    from = haystack.indexOf(word, from + 1);
  }
  return false;
}
