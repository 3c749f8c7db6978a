import { expect } from 'chai';
import { openTestShop } from './demo-shop-fixture.js';

interface OwnedOrder {
  id: string;
  customer_id: string;
  email: string;
  status: string;
}

describe('customer scoping in the demo shop', () => {
  const { db, shop } = openTestShop();
  const orders = db
    .prepare<[], OwnedOrder>('SELECT o.id, o.customer_id, c.email, o.status FROM shop_orders o JOIN shop_customers c ON c.id = o.customer_id ORDER BY o.id')
    .all();
  const shippedOrder = orders.find((order) => order.status === 'delivered');
  const refundedOrder = orders.find((order) => order.status === 'refunded');
  if (shippedOrder === undefined || refundedOrder === undefined) throw new Error('the fixture lacks a delivered or refunded order');
  const stranger = orders.find((order) => order.customer_id !== shippedOrder.customer_id && order.customer_id !== refundedOrder.customer_id);
  if (stranger === undefined) throw new Error('the fixture has a single customer');

  it("gives a customer their own order, and nobody else's", async () => {
    expect((await shop.orders.getForCustomer(shippedOrder.customer_id, shippedOrder.id))?.id).to.equal(shippedOrder.id);
    for (const order of orders) {
      const other = orders.find((candidate) => candidate.customer_id !== order.customer_id);
      expect(await shop.orders.getForCustomer(other?.customer_id ?? '', order.id), order.id).to.equal(undefined);
    }
  });

  it("never lists another customer's orders", async () => {
    const customers = new Set(orders.map((order) => order.customer_id));
    for (const customerId of customers) {
      const listed = await shop.orders.listForCustomer(customerId, { limit: 100 });
      expect(listed.map((order) => order.customerId)).to.satisfy((ids: string[]) => ids.every((id) => id === customerId));
      expect(listed.length).to.equal(orders.filter((order) => order.customer_id === customerId).length);
    }
  });

  it("shows no shipment of another customer's order", async () => {
    expect(await shop.shipments.listForOrder(shippedOrder.customer_id, shippedOrder.id)).to.have.length(1);
    expect(await shop.shipments.listForOrder(stranger.customer_id, shippedOrder.id)).to.deep.equal([]);
  });

  it("shows no refund of another customer's order", async () => {
    expect(await shop.refunds.listForOrder(refundedOrder.customer_id, refundedOrder.id)).to.have.length.above(0);
    expect(await shop.refunds.listForOrder(stranger.customer_id, refundedOrder.id)).to.deep.equal([]);
  });

  it('reads an unknown order or customer as nothing at all', async () => {
    expect(await shop.orders.getForCustomer(shippedOrder.customer_id, '99999')).to.equal(undefined);
    expect(await shop.orders.getForCustomer('cus_9999', shippedOrder.id)).to.equal(undefined);
    expect(await shop.orders.listForCustomer('cus_9999')).to.deep.equal([]);
    expect(await shop.shipments.listForOrder('cus_9999', shippedOrder.id)).to.deep.equal([]);
    expect(await shop.customers.findById('cus_9999')).to.equal(undefined);
  });

  describe('verifying an anonymous shopper', () => {
    it('names the customer when the email is the one the order was placed with', async () => {
      expect(await shop.orders.verifyOwnership(shippedOrder.id, shippedOrder.email)).to.deep.equal({ customerId: shippedOrder.customer_id });
    });

    it('ignores surrounding spaces and letter case in the email', async () => {
      const typed = `  ${shippedOrder.email.toUpperCase()}\t`;
      expect(await shop.orders.verifyOwnership(shippedOrder.id, typed)).to.deep.equal({ customerId: shippedOrder.customer_id });
    });

    it('gives the same undefined for a wrong email and for an unknown order', async () => {
      expect(await shop.orders.verifyOwnership(shippedOrder.id, 'someone@example.com')).to.equal(undefined);
      expect(await shop.orders.verifyOwnership(shippedOrder.id, stranger.email)).to.equal(undefined);
      expect(await shop.orders.verifyOwnership('99999', shippedOrder.email)).to.equal(undefined);
      expect(await shop.orders.verifyOwnership('', '')).to.equal(undefined);
    });

    it('does not let SQL wildcards or injection stand in for an email', async () => {
      expect(await shop.orders.verifyOwnership(shippedOrder.id, '%')).to.equal(undefined);
      expect(await shop.orders.verifyOwnership(shippedOrder.id, "' OR 1=1 --")).to.equal(undefined);
    });
  });

  it('finds a customer by email, trimmed and case-insensitively', async () => {
    const customer = await shop.customers.findByEmail(` ${shippedOrder.email.toUpperCase()} `);
    expect(customer?.id).to.equal(shippedOrder.customer_id);
    expect(await shop.customers.findByEmail('nobody@example.com')).to.equal(undefined);
  });

  it('lists a customer’s orders newest first, by page and by status', async () => {
    const busiest = db
      .prepare<[], { customer_id: string }>('SELECT customer_id FROM shop_orders GROUP BY customer_id ORDER BY count(*) DESC, customer_id LIMIT 1')
      .get();
    const customerId = busiest?.customer_id ?? '';
    const all = await shop.orders.listForCustomer(customerId, { limit: 100 });
    expect(all.length).to.be.at.least(5);
    expect(all.map((order) => order.placedAt)).to.deep.equal(all.map((order) => order.placedAt).sort().reverse());
    expect(await shop.orders.listForCustomer(customerId, { limit: 2 })).to.deep.equal(all.slice(0, 2));
    expect(await shop.orders.listForCustomer(customerId, { limit: 2, offset: 2 })).to.deep.equal(all.slice(2, 4));
    expect(await shop.orders.listForCustomer(customerId)).to.have.length(Math.min(10, all.length));
    const delivered = await shop.orders.listForCustomer(customerId, { limit: 100, statuses: ['delivered'] });
    expect(delivered).to.deep.equal(all.filter((order) => order.status === 'delivered'));
    expect(await shop.orders.listForCustomer(customerId, { statuses: [] })).to.deep.equal([]);
  });
});
