import { expect } from 'chai';
import { generateDemoShop } from '../../commerce/demo/generate-demo-shop.js';
import { ORDER_STATUSES } from '../../commerce/port/orders.js';
import { dumpShopTables, openTestShop, SEED, SEEDED_AT } from './demo-shop-fixture.js';

const DAY = 24 * 60 * 60 * 1000;

describe('the demo shop generator', () => {
  it('gives identical data for the same seed and the same now, down to every row in SQLite', () => {
    const first = openTestShop();
    const second = openTestShop();
    expect(dumpShopTables(second.db)).to.deep.equal(dumpShopTables(first.db));
    expect(generateDemoShop({ seed: SEED, now: SEEDED_AT })).to.deep.equal(generateDemoShop({ seed: SEED, now: SEEDED_AT }));
  });

  it('gives different data for a different seed', () => {
    const first = generateDemoShop({ seed: 1, now: SEEDED_AT });
    const second = generateDemoShop({ seed: 2, now: SEEDED_AT });
    expect(second.customers.map((customer) => customer.email)).not.to.deep.equal(first.customers.map((customer) => customer.email));
  });

  it('moves every date by the same amount when seeded on another day, and changes nothing else', () => {
    const early = generateDemoShop({ seed: SEED, now: SEEDED_AT });
    const later = generateDemoShop({ seed: SEED, now: new Date(SEEDED_AT.getTime() + 40 * DAY) });
    const shifted = (time: number | undefined): number | undefined => (time === undefined ? undefined : time + 40 * DAY);
    expect(later.now).to.equal(early.now + 40 * DAY);
    expect(later.products).to.deep.equal(early.products);
    expect(later.customers).to.deep.equal(early.customers.map((customer) => ({ ...customer, signedUpAt: customer.signedUpAt + 40 * DAY })));
    expect(later.orders).to.deep.equal(
      early.orders.map((order) => ({
        ...order,
        placedAt: order.placedAt + 40 * DAY,
        ...(order.paidAt !== undefined && { paidAt: shifted(order.paidAt) }),
        ...(order.shippedAt !== undefined && { shippedAt: shifted(order.shippedAt) }),
        ...(order.deliveredAt !== undefined && { deliveredAt: shifted(order.deliveredAt) }),
        ...(order.cancelledAt !== undefined && { cancelledAt: shifted(order.cancelledAt) }),
        ...(order.refundedAt !== undefined && { refundedAt: shifted(order.refundedAt) }),
      })),
    );
    expect(later.shipments.map((shipment) => shipment.events.map((event) => event.at))).to.deep.equal(
      early.shipments.map((shipment) => shipment.events.map((event) => event.at + 40 * DAY)),
    );
  });

  it('always has recent orders, whatever day it is seeded', () => {
    for (const now of [SEEDED_AT, new Date('2031-01-01T00:00:00Z')]) {
      const shop = generateDemoShop({ seed: SEED, now });
      const lastWeek = shop.orders.filter((order) => order.placedAt > now.getTime() - 7 * DAY);
      expect(lastWeek.length).to.be.greaterThan(20);
    }
  });

  it('has 200+ products in 8+ categories, 100+ customers and 500+ orders', () => {
    const shop = generateDemoShop({ seed: SEED, now: SEEDED_AT });
    expect(shop.products.length).to.be.at.least(200);
    expect(shop.categories.length).to.be.at.least(8);
    expect(new Set(shop.products.map((product) => product.category)).size).to.equal(shop.categories.length);
    expect(shop.customers.length).to.be.at.least(100);
    expect(shop.orders.length).to.be.at.least(500);
  });

  it('has orders in every status, for several seeds', () => {
    for (const seed of [SEED, 1, 42, 20240601]) {
      const statuses = new Set(generateDemoShop({ seed, now: SEEDED_AT }).orders.map((order) => order.status));
      expect([...statuses].sort(), `seed ${seed}`).to.deep.equal([...ORDER_STATUSES].sort());
    }
  });

  it('has repeat buyers, one-time buyers and customers who never ordered', () => {
    const shop = generateDemoShop({ seed: SEED, now: SEEDED_AT });
    const counts = shop.customers.map((customer) => shop.orders.filter((order) => order.customerId === customer.id).length);
    expect(counts.filter((count) => count === 0).length).to.be.greaterThan(5);
    expect(counts.filter((count) => count === 1).length).to.be.greaterThan(5);
    expect(counts.filter((count) => count >= 5).length).to.be.greaterThan(5);
  });

  it('seeds the whole shop well under a second', () => {
    const started = performance.now();
    openTestShop({ seed: 99 });
    expect(performance.now() - started).to.be.below(1000);
  });
});
