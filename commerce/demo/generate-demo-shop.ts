import type { CustomerSegment } from '../port/customers.js';
import type { DemoCustomer, DemoOrder, DemoShopData } from './demo-shop-data.js';
import { type CustomerDraft, generateCustomers } from './generate-customers.js';
import { generateOrders } from './generate-orders.js';
import { generateProducts } from './generate-products.js';
import { createRandom, type Random } from './random.js';
import { DAY, HOUR, MINUTE, randomDuration } from './time-units.js';

export const DEFAULT_DEMO_SEED = 20240601;

export interface GenerateDemoShopOptions {
  /** The PRNG seed; the same seed and `now` give the same shop, byte for byte. */
  seed?: number;
  /** The day the data is seeded; every date is relative to it (rounded down to the minute). */
  now?: Date;
  /** ISO 4217 code of the shop's one currency. */
  currency?: string;
  customerCount?: number;
  orderCount?: number;
}

/** The whole demo shop, generated in memory. Pure: nothing but the options decides the result. */
export function generateDemoShop(options: GenerateDemoShopOptions = {}): DemoShopData {
  const seed = options.seed ?? DEFAULT_DEMO_SEED;
  const now = Math.floor((options.now ?? new Date()).getTime() / MINUTE) * MINUTE;
  const currency = options.currency ?? 'USD';
  if (!/^[A-Z]{3}$/.test(currency)) throw new RangeError(`currency must be an ISO 4217 code, got ${currency}`);
  const random = createRandom(seed);
  const { categories, products } = generateProducts(random);
  const drafts = generateCustomers(random, options.customerCount ?? 120);
  const { orders, shipments, refunds } = generateOrders(random, { customers: drafts, products, orderCount: options.orderCount ?? 560, now });
  const customers = drafts.map((draft) => completeCustomer(random, draft, orders, now));
  return { seed, now, currency, categories, products, customers, orders, shipments, refunds };
}

/** Sign-up comes before the first order (sometimes minutes before: an account made at checkout). */
function completeCustomer(random: Random, draft: CustomerDraft, allOrders: readonly DemoOrder[], now: number): DemoCustomer {
  const orders = allOrders.filter((order) => order.customerId === draft.id);
  const firstOrderAt = Math.min(...orders.map((order) => order.placedAt));
  const signedUpAt =
    orders.length === 0
      ? now - randomDuration(random, 2 * HOUR, 540 * DAY)
      : firstOrderAt - (random.chance(0.3) ? randomDuration(random, 2 * MINUTE, 20 * MINUTE) : randomDuration(random, DAY, 400 * DAY));
  return { ...draft, segment: segmentOf(orders), signedUpAt };
}

function segmentOf(orders: readonly DemoOrder[]): CustomerSegment {
  if (orders.length === 0) return 'prospect';
  const spentMinor = orders
    .filter((order) => order.status !== 'cancelled' && order.status !== 'refunded')
    .reduce((sum, order) => sum + order.totalMinor, 0);
  if (orders.length >= 10 || spentMinor >= 200_000) return 'vip';
  return orders.length === 1 ? 'new' : 'returning';
}
