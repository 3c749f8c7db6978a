import type Database from 'better-sqlite3';
import type { ShipmentsPort } from '../../port/shipments.js';
import { type ShipmentRow, type TrackingEventRow, toTrackingEvent } from './shop-rows.js';

export function createSqliteShipments(db: Database.Database): ShipmentsPort {
  const shipments = db.prepare<[string, string], ShipmentRow>(`
    SELECT s.* FROM shop_shipments s JOIN shop_orders o ON o.id = s.order_id
    WHERE s.order_id = ? AND o.customer_id = ?
    ORDER BY s.shipped_at, s.id`);
  const events = db.prepare<[string, string], TrackingEventRow>(`
    SELECT e.* FROM shop_tracking_events e
    JOIN shop_shipments s ON s.id = e.shipment_id
    JOIN shop_orders o ON o.id = s.order_id
    WHERE s.order_id = ? AND o.customer_id = ?
    ORDER BY e.shipment_id, e.seq`);
  return {
    async listForOrder(customerId, orderId) {
      const eventRows = events.all(orderId, customerId);
      return shipments.all(orderId, customerId).map((row) => ({
        id: row.id,
        orderId: row.order_id,
        carrier: row.carrier,
        trackingNumber: row.tracking_number,
        status: row.status,
        shippedAt: row.shipped_at,
        estimatedDeliveryAt: row.estimated_delivery_at,
        ...(row.delivered_at !== null && { deliveredAt: row.delivered_at }),
        events: eventRows.filter((event) => event.shipment_id === row.id).map(toTrackingEvent),
      }));
    },
  };
}
