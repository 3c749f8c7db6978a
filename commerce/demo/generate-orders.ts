import type { CustomerDraft } from './generate-customers.js';
import type { DemoOrder, DemoOrderItem, DemoProduct, DemoRefund, DemoShipment } from './demo-shop-data.js';
import { playOrderLifecycle } from './play-order-lifecycle.js';
import { demoCountry } from './places.js';
import type { Random } from './random.js';
import { DAY, MINUTE, randomDuration } from './time-units.js';

export const FIRST_ORDER_NUMBER = 10001;
/** How far back the order history goes. */
export const ORDER_HISTORY_DAYS = 180;

export interface GenerateOrdersRequest {
  customers: readonly CustomerDraft[];
  products: readonly DemoProduct[];
  orderCount: number;
  now: number;
}

export interface GeneratedOrders {
  orders: DemoOrder[];
  shipments: DemoShipment[];
  refunds: DemoRefund[];
}

/**
 * Spreads `orderCount` orders over the customers (some none, many one, a few repeat buyers with a
 * dozen) and the last 180 days, numbers them in the order they were placed, and plays each one out.
 */
export function generateOrders(random: Random, request: GenerateOrdersRequest): GeneratedOrders {
  const counts = ordersPerCustomer(random, request.customers.length, request.orderCount);
  const placements = request.customers
    .flatMap((customer, index) =>
      Array.from({ length: counts[index] ?? 0 }, () => ({ customer, placedAt: request.now - orderAge(random) })),
    )
    .sort((a, b) => a.placedAt - b.placedAt || (a.customer.id < b.customer.id ? -1 : a.customer.id > b.customer.id ? 1 : 0));

  const result: GeneratedOrders = { orders: [], shipments: [], refunds: [] };
  placements.forEach(({ customer, placedAt }, index) => {
    const id = String(FIRST_ORDER_NUMBER + index);
    const items = pickItems(random, request.products);
    const totalMinor = items.reduce((sum, item) => sum + item.unitPriceMinor * item.quantity, 0);
    // Now and then a parcel goes to another city of the same country (a gift, the office).
    const city = random.chance(0.1) ? random.pick(demoCountry(customer.country).cities) : customer.city;
    const shipTo = { city, country: customer.country };
    const { shipment, refunds, ...lifecycle } = playOrderLifecycle(random, { orderId: id, placedAt, now: request.now, totalMinor, items, shipTo });
    result.orders.push({ id, customerId: customer.id, items, totalMinor, shipTo, placedAt, ...lifecycle });
    if (shipment !== undefined) result.shipments.push({ id: `shp_${String(result.shipments.length + 1).padStart(5, '0')}`, ...shipment });
    for (const record of refunds) result.refunds.push({ id: `ref_${String(result.refunds.length + 1).padStart(5, '0')}`, ...record });
  });
  return result;
}

/** Drawn per customer, then topped up (or trimmed) on repeat buyers to hit the total exactly. */
function ordersPerCustomer(random: Random, customerCount: number, total: number): number[] {
  const counts = Array.from({ length: customerCount }, () =>
    random.weighted([
      [0, 12],
      [1, 25],
      [random.int(2, 4), 35],
      [random.int(5, 9), 20],
      [random.int(10, 16), 8],
    ]),
  );
  const indexesWhere = (test: (count: number) => boolean): number[] => {
    const matching = counts.flatMap((count, index) => (test(count) ? [index] : []));
    return matching.length > 0 ? matching : counts.map((_, index) => index);
  };
  let sum = counts.reduce((a, b) => a + b, 0);
  while (sum < total) {
    const index = random.pick(indexesWhere((count) => count >= 2));
    counts[index] = (counts[index] ?? 0) + 1;
    sum++;
  }
  while (sum > total) {
    const index = random.pick(indexesWhere((count) => count >= 3));
    counts[index] = Math.max(0, (counts[index] ?? 0) - 1);
    sum--;
  }
  return counts;
}

/** Mostly spread over the whole history, with extra weight on the last days so fresh orders always exist. */
function orderAge(random: Random): number {
  const window = random.weighted([
    [DAY, 5],
    [4 * DAY, 8],
    [ORDER_HISTORY_DAYS * DAY, 87],
  ]);
  return randomDuration(random, 5 * MINUTE, window);
}

function pickItems(random: Random, products: readonly DemoProduct[]): DemoOrderItem[] {
  const lineCount = random.weighted([
    [1, 55],
    [2, 25],
    [3, 13],
    [4, 7],
  ]);
  return random.sample(products, lineCount).map((product) => {
    const item: DemoOrderItem = {
      productId: product.id,
      name: product.name,
      quantity: random.weighted([
        [1, 80],
        [2, 15],
        [3, 5],
      ]),
      unitPriceMinor: product.priceMinor,
    };
    if (product.sizes.length > 0) item.size = random.pick(product.sizes);
    if (product.colourCodes.length > 0) item.colourCode = random.pick(product.colourCodes);
    return item;
  });
}
