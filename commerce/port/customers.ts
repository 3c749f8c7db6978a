import type { Localized, ShopLocale } from '../localized.js';

/**
 * How the customer relates to the shop, from their order history:
 * `prospect` has no order yet, `new` one, `returning` several, `vip` many or a high spend.
 */
export type CustomerSegment = 'prospect' | 'new' | 'returning' | 'vip';

export interface Customer {
  id: string;
  /** Stored trimmed and lower-cased. */
  email: string;
  name: string;
  locale: ShopLocale;
  /** ISO 3166-1 alpha-2, e.g. `CN`, `US`, `ES`. */
  country: string;
  city: Localized;
  segment: CustomerSegment;
  /** Every order the customer ever placed, whatever its status. */
  orderCount: number;
  /** ISO 8601. */
  signedUpAt: string;
}

/**
 * Customer look-ups. They return the customer's own record only; the caller decides who may ask
 * (an anonymous shopper proves ownership through `orders.verifyOwnership`, not through these).
 */
export interface CustomersPort {
  findById(customerId: string): Promise<Customer | undefined>;
  /** `email` is compared trimmed and case-insensitively. */
  findByEmail(email: string): Promise<Customer | undefined>;
}
