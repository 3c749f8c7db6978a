import type { Localized } from '../localized.js';

export type TrackingEventCode =
  | 'label-created'
  | 'picked-up'
  | 'arrived-at-hub'
  | 'in-transit'
  | 'out-for-delivery'
  | 'delivered'
  | 'exception';

/** Why a parcel is held up; the wording lives in `locales/`. */
export type ShipmentExceptionReason = 'weather' | 'high-volume' | 'address-issue';

export interface TrackingEvent {
  /** ISO 8601. */
  at: string;
  code: TrackingEventCode;
  location: Localized;
  exceptionReason?: ShipmentExceptionReason;
}

export type ShipmentStatus = 'label-created' | 'in-transit' | 'out-for-delivery' | 'delivered' | 'exception';

export interface Shipment {
  id: string;
  orderId: string;
  /** The carrier's own name, e.g. `UPS`, `SF Express`, `Correos Express`. */
  carrier: string;
  trackingNumber: string;
  /** Follows the latest event. */
  status: ShipmentStatus;
  /** When the label was created (the order became `shipped`). ISO 8601. */
  shippedAt: string;
  /** The carrier's estimate when the label was created; may be in the past for a delayed parcel. */
  estimatedDeliveryAt: string;
  deliveredAt?: string;
  /** Oldest first. */
  events: TrackingEvent[];
}

/** Shipments, scoped by the customer who owns the order. */
export interface ShipmentsPort {
  /** Empty when the order has not shipped, does not exist or belongs to someone else. */
  listForOrder(customerId: string, orderId: string): Promise<Shipment[]>;
}
