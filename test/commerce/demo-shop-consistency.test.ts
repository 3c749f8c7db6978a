import { expect } from 'chai';
import { minorFromMoney } from '../../commerce/money.js';
import type { Order } from '../../commerce/port/orders.js';
import type { Refund } from '../../commerce/port/refunds.js';
import type { Shipment } from '../../commerce/port/shipments.js';
import { openTestShop, SEEDED_AT } from './demo-shop-fixture.js';

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;
const time = (iso: string | undefined): number => (iso === undefined ? Number.NaN : Date.parse(iso));

interface OrderRecord {
  order: Order;
  shipments: Shipment[];
  refunds: Refund[];
}

describe('the demo shop data, read through the port', () => {
  const { db, shop } = openTestShop();
  const now = SEEDED_AT.getTime();
  let records: OrderRecord[] = [];

  before(async () => {
    const customerIds = db.prepare<[], { id: string }>('SELECT id FROM shop_customers ORDER BY id').all();
    for (const { id } of customerIds) {
      for (const order of await shop.orders.listForCustomer(id, { limit: 100 })) {
        records.push({
          order,
          shipments: await shop.shipments.listForOrder(id, order.id),
          refunds: await shop.refunds.listForOrder(id, order.id),
        });
      }
    }
    records = records.sort((a, b) => a.order.id.localeCompare(b.order.id));
  });

  const withStatus = (status: Order['status']): OrderRecord[] => records.filter((record) => record.order.status === status);

  it('reaches every order through its own customer', () => {
    expect(records.length).to.equal(db.prepare<[], { total: number }>('SELECT count(*) AS total FROM shop_orders').get()?.total);
  });

  it('numbers orders from 10001 upwards in the order they were placed', () => {
    expect(records[0]?.order.id).to.equal('10001');
    records.forEach((record, index) => {
      expect(record.order.id).to.equal(String(10001 + index));
      const previous = records[index - 1];
      if (previous) expect(time(record.order.placedAt)).to.be.at.least(time(previous.order.placedAt));
    });
  });

  it('totals every order as the sum of its items, each at the price of a real product', async () => {
    for (const { order } of records) {
      expect(order.items).to.have.length.above(0);
      const sum = order.items.reduce((total, item) => total + minorFromMoney(item.unitPrice) * item.quantity, 0);
      expect(minorFromMoney(order.total), order.id).to.equal(sum);
      expect(order.total.currency).to.equal('USD');
      for (const item of order.items) {
        const product = await shop.products.get(item.productId);
        expect(product, item.productId).to.not.equal(undefined);
        expect(item.unitPrice).to.deep.equal(product?.price);
        expect(item.name).to.deep.equal(product?.name);
        expect(minorFromMoney(item.lineTotal)).to.equal(minorFromMoney(item.unitPrice) * item.quantity);
        if (item.size !== undefined) expect(product?.sizes).to.include(item.size);
        if (item.colour !== undefined) expect(product?.colours.map((colour) => colour.code)).to.include(item.colour.code);
      }
    }
  });

  it('places every order within the last 180 days, and nothing happens after now', () => {
    for (const { order, shipments, refunds } of records) {
      const times = [order.placedAt, order.paidAt, order.shippedAt, order.deliveredAt, order.cancelledAt, order.refundedAt]
        .concat(shipments.flatMap((shipment) => shipment.events.map((event) => event.at)))
        .concat(refunds.flatMap((refund) => [refund.requestedAt, refund.completedAt]))
        .filter((at): at is string => at !== undefined)
        .map(time);
      expect(time(order.placedAt)).to.be.above(now - 181 * DAY);
      for (const at of times) expect(at, order.id).to.be.at.most(now);
    }
  });

  it('keeps each order’s own dates in order: placed, paid, shipped, delivered, refunded', () => {
    for (const { order } of records) {
      const steps = [order.placedAt, order.paidAt, order.shippedAt, order.deliveredAt, order.refundedAt].filter((at) => at !== undefined).map(time);
      expect(steps, order.id).to.deep.equal([...steps].sort((a, b) => a - b));
    }
  });

  it('has pending orders that are young, unpaid and unshipped', () => {
    for (const { order, shipments, refunds } of withStatus('pending')) {
      expect(now - time(order.placedAt), order.id).to.be.below(DAY);
      expect(order.paidAt).to.equal(undefined);
      expect(shipments).to.have.lengthOf(0);
      expect(refunds).to.have.lengthOf(0);
    }
  });

  it('has paid orders from the last couple of days, not shipped yet', () => {
    for (const { order, shipments } of withStatus('paid')) {
      expect(now - time(order.placedAt), order.id).to.be.below(2 * DAY);
      expect(order.paidAt).to.be.a('string');
      expect(order.shippedAt).to.equal(undefined);
      expect(shipments).to.have.lengthOf(0);
    }
  });

  it('gives shipped orders a shipment on its way, and delivered ones a delivered shipment', () => {
    for (const { order, shipments } of withStatus('shipped')) {
      expect(shipments, order.id).to.have.length(1);
      expect(shipments[0]?.status).to.not.equal('delivered');
      expect(order.deliveredAt).to.equal(undefined);
      expect(order.shippedAt).to.equal(shipments[0]?.shippedAt);
    }
    for (const { order, shipments } of withStatus('delivered')) {
      expect(order.deliveredAt, order.id).to.be.a('string');
      expect(now - time(order.placedAt)).to.be.above(DAY);
      expect(shipments).to.have.length(1);
      expect(shipments[0]?.status).to.equal('delivered');
      expect(shipments[0]?.deliveredAt).to.equal(order.deliveredAt);
      expect(shipments[0]?.events.at(-1)?.code).to.equal('delivered');
      expect(shipments[0]?.events.at(-1)?.at).to.equal(order.deliveredAt);
    }
  });

  it('tells a tracking story in order: label, pick-up, hubs, out for delivery, delivered', () => {
    const shipments = records.flatMap((record) => record.shipments);
    expect(shipments.length).to.be.greaterThan(300);
    for (const shipment of shipments) {
      const times = shipment.events.map((event) => time(event.at));
      for (let index = 1; index < times.length; index++) expect(times[index], shipment.id).to.be.above(times[index - 1] ?? Infinity);
      expect(shipment.events[0]?.code).to.equal('label-created');
      expect(shipment.events[0]?.at).to.equal(shipment.shippedAt);
      expect(shipment.carrier).to.be.a('string').and.have.length.above(0);
      expect(shipment.trackingNumber).to.match(/^[0-9A-Z]{10,22}$/);
      const codes = shipment.events.map((event) => event.code).join(' ');
      expect(codes).to.match(/^label-created( picked-up( (arrived-at-hub in-transit ?)*((out-for-delivery( delivered)?)|exception|arrived-at-hub)?)?)?$/);
      expect(shipment.status).to.equal(
        { 'label-created': 'label-created', 'picked-up': 'in-transit', 'arrived-at-hub': 'in-transit', 'in-transit': 'in-transit', 'out-for-delivery': 'out-for-delivery', delivered: 'delivered', exception: 'exception' }[
          shipment.events.at(-1)?.code ?? 'label-created'
        ],
      );
    }
    expect(new Set(shipments.map((shipment) => shipment.trackingNumber)).size).to.equal(shipments.length);
    expect(shipments.some((shipment) => shipment.status === 'exception')).to.equal(true);
  });

  it('never ships a cancelled order, and refunds it only when it had been paid', () => {
    expect(withStatus('cancelled')).to.have.length.above(0);
    for (const { order, shipments, refunds } of withStatus('cancelled')) {
      expect(order.cancelledAt, order.id).to.be.a('string');
      expect(shipments).to.have.lengthOf(0);
      expect(order.shippedAt).to.equal(undefined);
      if (order.paidAt === undefined) expect(refunds).to.have.lengthOf(0);
      for (const refund of refunds) {
        expect(refund.reason).to.equal('order-cancelled');
        expect(refund.amount).to.deep.equal(order.total);
      }
    }
  });

  it('backs every refunded order with completed refunds for its whole total', () => {
    expect(withStatus('refunded')).to.have.length.above(0);
    for (const { order, refunds } of withStatus('refunded')) {
      expect(refunds, order.id).to.have.length.above(0);
      expect(refunds.every((refund) => refund.status === 'completed')).to.equal(true);
      expect(refunds.reduce((sum, refund) => sum + minorFromMoney(refund.amount), 0)).to.equal(minorFromMoney(order.total));
      expect(order.refundedAt).to.equal(refunds.at(-1)?.completedAt);
    }
  });

  it('keeps every refund within what was paid, and completes it after it was requested', () => {
    for (const { order, refunds } of records) {
      const refunded = refunds.reduce((sum, refund) => sum + minorFromMoney(refund.amount), 0);
      expect(refunded, order.id).to.be.at.most(minorFromMoney(order.total));
      if (refunds.length > 0) expect(order.paidAt, order.id).to.be.a('string');
      for (const refund of refunds) {
        if (refund.status === 'completed') expect(time(refund.completedAt)).to.be.above(time(refund.requestedAt));
        else expect(refund.completedAt).to.equal(undefined);
      }
    }
  });

  it('has customers of mixed origins, each with a unique example email and a language', () => {
    const customers = db.prepare<[], { email: string; name: string; locale: string; signed_up_at: string }>('SELECT * FROM shop_customers').all();
    expect(new Set(customers.map((customer) => customer.email)).size).to.equal(customers.length);
    for (const customer of customers) {
      expect(customer.email).to.match(/^[a-z0-9._]+@example\.(com|cn|es)$/);
      expect(time(customer.signed_up_at)).to.be.below(now);
    }
    expect(customers.some((customer) => /^\p{Script=Han}{2,3}$/u.test(customer.name))).to.equal(true);
    expect(customers.some((customer) => /[áéíóúñ]/.test(customer.name))).to.equal(true);
    expect(customers.some((customer) => /^[A-Z][a-z]+ [A-Z]/.test(customer.name))).to.equal(true);
    expect(new Set(customers.map((customer) => customer.locale))).to.deep.equal(new Set(['zh-CN', 'en', 'es']));
    expect(new Set(customers.map((customer) => customer.email.split('@')[1]))).to.deep.equal(new Set(['example.com', 'example.cn', 'example.es']));
  });

  it('signs every customer up before their first order', async () => {
    for (const { order } of records) {
      const customer = await shop.customers.findById(order.customerId);
      expect(time(customer?.signedUpAt), order.id).to.be.below(time(order.placedAt));
    }
  });

  it('derives the segment from the order history', async () => {
    const prospect = db.prepare<[], { id: string }>(`SELECT id FROM shop_customers WHERE segment = 'prospect' LIMIT 1`).get();
    const customer = await shop.customers.findById(prospect?.id ?? '');
    expect(customer?.orderCount).to.equal(0);
    const repeat = records.filter((record) => record.order.customerId === records[0]?.order.customerId);
    const buyer = await shop.customers.findById(records[0]?.order.customerId ?? '');
    expect(buyer?.orderCount).to.equal(repeat.length);
    expect(buyer?.segment).to.not.equal('prospect');
  });
});
