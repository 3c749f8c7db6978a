import type { Localized, ShopLocale } from '../localized.js';
import type { Money } from '../money.js';

export interface ProductColour {
  /** Stable code, e.g. `navy`. */
  code: string;
  name: Localized;
}

export interface ProductCategory {
  /** Stable slug, e.g. `shoes`. */
  id: string;
  name: Localized;
  productCount: number;
}

export interface Product {
  id: string;
  category: string;
  name: Localized;
  description: Localized;
  price: Money;
  /** Units on hand; 0 means out of stock. */
  stock: number;
  /** Empty when the product comes in one size. */
  sizes: string[];
  /** Empty when the product comes in one colour. */
  colours: ProductColour[];
}

export interface ProductListOptions {
  category?: string;
  /** Defaults to 20, capped at 100. */
  limit?: number;
  offset?: number;
}

export interface ProductPage {
  items: Product[];
  /** How many products match, ignoring limit and offset. */
  total: number;
}

/** The public catalog; nothing here is customer data, so nothing is scoped. */
export interface ProductsPort {
  get(productId: string): Promise<Product | undefined>;
  list(options?: ProductListOptions): Promise<ProductPage>;
  categories(): Promise<ProductCategory[]>;
  /**
   * Products whose name (in any of the shop's languages), category or colour contains every
   * word of `text`, ignoring case and accents. Matches in `locale`'s own name come first.
   * `limit` defaults to 10, capped at 50.
   */
  search(text: string, locale: ShopLocale, limit?: number): Promise<Product[]>;
}
