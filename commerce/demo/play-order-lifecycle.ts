import type { Localized } from '../localized.js';
import type { OrderStatus } from '../port/orders.js';
import type { RefundReason } from '../port/refunds.js';
import type { DemoOrderItem, DemoRefund, DemoShipment } from './demo-shop-data.js';
import { planShipment, shipmentStatusAfter } from './plan-shipment.js';
import type { Random } from './random.js';
import { DAY, HOUR, MINUTE, randomDuration } from './time-units.js';

export interface LifecycleRequest {
  orderId: string;
  placedAt: number;
  now: number;
  totalMinor: number;
  items: readonly DemoOrderItem[];
  shipTo: { city: Localized; country: string };
}

/** What happened to an order between `placedAt` and `now`. Nothing in it is later than `now`. */
export interface OrderLifecycle {
  status: OrderStatus;
  paidAt?: number;
  shippedAt?: number;
  deliveredAt?: number;
  cancelledAt?: number;
  refundedAt?: number;
  shipment?: Omit<DemoShipment, 'id'>;
  refunds: Array<Omit<DemoRefund, 'id'>>;
}

type Path = 'pending' | 'cancel' | 'refund-before-shipping' | 'return' | 'partial-refund' | 'stuck' | 'ship';

/**
 * Picks what the order went through, with chances that depend on its age (only a young order can
 * still be unpaid, only an older one can have come back), then plays it out. The status follows
 * from the events that already happened: a parcel whose delivery is still in the future is `shipped`.
 */
export function playOrderLifecycle(random: Random, order: LifecycleRequest): OrderLifecycle {
  const age = order.now - order.placedAt;
  const path = choosePath(random, age);
  const paidAt = order.placedAt + randomDuration(random, MINUTE, 40 * MINUTE);
  if (path === 'pending' || paidAt > order.now) return { status: 'pending', refunds: [] };
  if (path === 'cancel') return cancel(random, order, paidAt);
  if (path === 'refund-before-shipping') return refundBeforeShipping(random, order, paidAt);
  const shipped = ship(random, order, paidAt, path === 'stuck');
  if (path === 'return') return returnAfterDelivery(random, order, shipped);
  if (path === 'partial-refund') return partialRefund(random, order, shipped);
  return shipped;
}

function choosePath(random: Random, age: number): Path {
  if (age < 20 * HOUR && random.chance(age < 2 * HOUR ? 0.6 : 0.3)) return 'pending';
  return random.weighted<Path>([
    ['cancel', 6],
    ['refund-before-shipping', age > 3 * DAY ? 3 : 0],
    ['return', age > 5 * DAY ? 9 : 0],
    ['partial-refund', age > 5 * DAY ? 3 : 0],
    ['stuck', age > 6 * DAY && age < 20 * DAY ? 12 : 0],
    ['ship', 80],
  ]);
}

/** Cancelled within two days; half had paid already and get their money back. */
function cancel(random: Random, order: LifecycleRequest, paidAt: number): OrderLifecycle {
  const latest = Math.min(order.now - order.placedAt, 48 * HOUR);
  if (latest < 10 * MINUTE) return { status: 'pending', refunds: [] };
  const cancelledAt = order.placedAt + randomDuration(random, 10 * MINUTE, latest);
  if (paidAt >= cancelledAt || !random.chance(0.5)) return { status: 'cancelled', cancelledAt, refunds: [] };
  const completedAt = cancelledAt + randomDuration(random, 2 * HOUR, 72 * HOUR);
  return {
    status: 'cancelled',
    paidAt,
    cancelledAt,
    refunds: [refund(order, order.totalMinor, 'order-cancelled', cancelledAt, completedAt)],
  };
}

/** Paid, then the shopper changed their mind before the parcel left. */
function refundBeforeShipping(random: Random, order: LifecycleRequest, paidAt: number): OrderLifecycle {
  const requestedAt = paidAt + randomDuration(random, 30 * MINUTE, 10 * HOUR);
  const completedAt = requestedAt + randomDuration(random, HOUR, 48 * HOUR);
  const record = refund(order, order.totalMinor, 'changed-mind', requestedAt, completedAt);
  if (record.completedAt === undefined) return { status: 'paid', paidAt, refunds: [record] };
  return { status: 'refunded', paidAt, refundedAt: record.completedAt, refunds: [record] };
}

function ship(random: Random, order: LifecycleRequest, paidAt: number, stuck: boolean): OrderLifecycle {
  const planned = planShipment(random, { orderId: order.orderId, paidAt, shipTo: order.shipTo, stuck });
  const events = planned.events.filter((event) => event.at <= order.now);
  const latest = events.at(-1);
  if (latest === undefined) return { status: 'paid', paidAt, refunds: [] };
  const deliveredAt = latest.code === 'delivered' ? latest.at : undefined;
  return {
    status: deliveredAt === undefined ? 'shipped' : 'delivered',
    paidAt,
    shippedAt: planned.shippedAt,
    ...(deliveredAt !== undefined && { deliveredAt }),
    shipment: { ...planned, events, status: shipmentStatusAfter(latest.code), ...(deliveredAt !== undefined && { deliveredAt }) },
    refunds: [],
  };
}

/** Sent back within two weeks of delivery; the refund completes once the return is checked in. */
function returnAfterDelivery(random: Random, order: LifecycleRequest, shipped: OrderLifecycle): OrderLifecycle {
  const { deliveredAt } = shipped;
  if (deliveredAt === undefined || order.now - deliveredAt < 6 * HOUR) return shipped;
  const requestedAt = deliveredAt + randomDuration(random, 3 * HOUR, Math.min(14 * DAY, order.now - deliveredAt));
  const completedAt = requestedAt + randomDuration(random, DAY, 7 * DAY);
  const hasSizes = order.items.some((item) => item.size !== undefined);
  const reasons: RefundReason[] = hasSizes ? ['wrong-size', 'wrong-size', 'damaged', 'not-as-described', 'changed-mind'] : ['damaged', 'not-as-described', 'changed-mind'];
  const record = refund(order, order.totalMinor, random.pick(reasons), requestedAt, completedAt);
  if (record.completedAt === undefined) return { ...shipped, refunds: [record] };
  return { ...shipped, status: 'refunded', refundedAt: record.completedAt, refunds: [record] };
}

/**
 * Part of the money back, the order stays delivered: one damaged unit, or a goodwill 10% when the
 * parcel arrived after the carrier's estimate.
 */
function partialRefund(random: Random, order: LifecycleRequest, shipped: OrderLifecycle): OrderLifecycle {
  const { deliveredAt, shipment } = shipped;
  if (deliveredAt === undefined || shipment === undefined || order.now - deliveredAt < 2 * HOUR) return shipped;
  const requestedAt = deliveredAt + randomDuration(random, 2 * HOUR, Math.min(10 * DAY, order.now - deliveredAt));
  const completedAt = requestedAt + randomDuration(random, 4 * HOUR, 3 * DAY);
  if (deliveredAt > shipment.estimatedDeliveryAt) {
    const goodwill = Math.round(order.totalMinor / 10);
    return { ...shipped, refunds: [refund(order, goodwill, 'late-delivery', requestedAt, completedAt)] };
  }
  const units = order.items.flatMap((item) => Array.from({ length: item.quantity }, () => item));
  if (units.length < 2) return shipped;
  const unit = random.pick(units);
  const reason = unit.size !== undefined && random.chance(0.5) ? 'wrong-size' : 'damaged';
  return { ...shipped, refunds: [refund(order, unit.unitPriceMinor, reason, requestedAt, completedAt)] };
}

/** A refund record; still `pending` when its completion lies after `now`. */
function refund(
  order: LifecycleRequest,
  amountMinor: number,
  reason: RefundReason,
  requestedAt: number,
  completedAt: number,
): Omit<DemoRefund, 'id'> {
  const base = { orderId: order.orderId, amountMinor, reason, requestedAt };
  return completedAt <= order.now ? { ...base, status: 'completed', completedAt } : { ...base, status: 'pending' };
}
