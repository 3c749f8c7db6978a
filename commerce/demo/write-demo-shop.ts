import type Database from 'better-sqlite3';
import { colourName } from './catalog/colours.js';
import type { DemoShopData } from './demo-shop-data.js';
import { foldText } from './fold-text.js';
import { SHOP_SCHEMA_VERSION } from './shop-schema.js';

const iso = (time: number | undefined): string | null => (time === undefined ? null : new Date(time).toISOString());

/** Inserts generated data into empty shop tables. The caller wraps it in a transaction. */
export function writeDemoShop(db: Database.Database, data: DemoShopData): void {
  const insertCategory = db.prepare('INSERT INTO shop_categories VALUES (?, ?, ?, ?, ?)');
  const insertProduct = db.prepare('INSERT INTO shop_products VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)');
  const insertCustomer = db.prepare('INSERT INTO shop_customers VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)');
  const insertOrder = db.prepare('INSERT INTO shop_orders VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)');
  const insertItem = db.prepare('INSERT INTO shop_order_items VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)');
  const insertShipment = db.prepare('INSERT INTO shop_shipments VALUES (?, ?, ?, ?, ?, ?, ?, ?)');
  const insertEvent = db.prepare('INSERT INTO shop_tracking_events VALUES (?, ?, ?, ?, ?, ?, ?, ?)');
  const insertRefund = db.prepare('INSERT INTO shop_refunds VALUES (?, ?, ?, ?, ?, ?, ?, ?)');
  const { currency } = data;

  const categoryNames = new Map(data.categories.map((category) => [category.id, category.name]));
  data.categories.forEach((category, position) =>
    insertCategory.run(category.id, position, category.name['zh-CN'], category.name.en, category.name.es),
  );
  data.products.forEach((product, position) => {
    const { name, description } = product;
    // Names, category and colours in every language, folded once here so search can compare cheaply.
    const searchable = [name, categoryNames.get(product.category), ...product.colourCodes.map(colourName)]
      .flatMap((text) => (text === undefined ? [] : [text['zh-CN'], text.en, text.es]))
      .join(' | ');
    insertProduct.run(
      product.id, position, product.category,
      name['zh-CN'], name.en, name.es,
      description['zh-CN'], description.en, description.es,
      product.priceMinor, currency, product.stock,
      JSON.stringify(product.sizes), JSON.stringify(product.colourCodes),
      foldText(searchable),
    );
  });
  for (const customer of data.customers) {
    insertCustomer.run(
      customer.id, customer.email.trim().toLowerCase(), customer.name, customer.locale, customer.country,
      customer.city['zh-CN'], customer.city.en, customer.city.es,
      customer.segment, iso(customer.signedUpAt),
    );
  }
  for (const order of data.orders) {
    const { city, country } = order.shipTo;
    insertOrder.run(
      order.id, order.customerId, order.status, order.totalMinor, currency,
      city['zh-CN'], city.en, city.es, country,
      iso(order.placedAt), iso(order.paidAt), iso(order.shippedAt), iso(order.deliveredAt), iso(order.cancelledAt), iso(order.refundedAt),
    );
    order.items.forEach((item, line) =>
      insertItem.run(
        order.id, line, item.productId,
        item.name['zh-CN'], item.name.en, item.name.es,
        item.quantity, item.unitPriceMinor, item.size ?? null, item.colourCode ?? null,
      ),
    );
  }
  for (const shipment of data.shipments) {
    insertShipment.run(
      shipment.id, shipment.orderId, shipment.carrier, shipment.trackingNumber, shipment.status,
      iso(shipment.shippedAt), iso(shipment.estimatedDeliveryAt), iso(shipment.deliveredAt),
    );
    shipment.events.forEach((event, seq) =>
      insertEvent.run(
        shipment.id, seq, iso(event.at), event.code,
        event.location['zh-CN'], event.location.en, event.location.es, event.exceptionReason ?? null,
      ),
    );
  }
  for (const refund of data.refunds) {
    insertRefund.run(
      refund.id, refund.orderId, refund.amountMinor, currency, refund.reason, refund.status,
      iso(refund.requestedAt), iso(refund.completedAt),
    );
  }
  db.prepare('INSERT INTO shop_meta VALUES (1, ?, ?, ?, ?)').run(SHOP_SCHEMA_VERSION, iso(data.now), data.seed, currency);
}
