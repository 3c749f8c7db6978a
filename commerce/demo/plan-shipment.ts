import type { Localized } from '../localized.js';
import type { ShipmentExceptionReason, ShipmentStatus, TrackingEventCode } from '../port/shipments.js';
import type { DemoShipment, DemoTrackingEvent } from './demo-shop-data.js';
import { demoCountry } from './places.js';
import type { Random } from './random.js';
import { DAY, HOUR, randomDuration } from './time-units.js';
import { trackingNumber } from './tracking-number.js';

/** A parcel's whole journey as the carrier will report it, including events still in the future. */
export type PlannedShipment = Omit<DemoShipment, 'id' | 'status' | 'deliveredAt'>;

export interface ShipmentRequest {
  orderId: string;
  paidAt: number;
  shipTo: { city: Localized; country: string };
  /** The parcel gets stuck at a hub with an exception and never arrives (a "where is my order" case). */
  stuck?: boolean;
}

/**
 * Label a few hours after payment, pick-up at the country's warehouse, one or two hubs,
 * out for delivery, delivered: each step a plausible number of hours after the one before.
 */
export function planShipment(random: Random, request: ShipmentRequest): PlannedShipment {
  const country = demoCountry(request.shipTo.country);
  const carrier = random.pick(country.carriers);
  const destination = request.shipTo.city;
  const hubs = random.sample(
    country.hubs.filter((hub) => hub.en !== destination.en),
    random.int(1, 2),
  );
  const labelAt = request.paidAt + randomDuration(random, 2 * HOUR, 20 * HOUR);
  const events: DemoTrackingEvent[] = [];
  let at = labelAt;
  const add = (code: TrackingEventCode, location: Localized, after: number, exceptionReason?: ShipmentExceptionReason): void => {
    at += after;
    events.push({ at, code, location, ...(exceptionReason !== undefined && { exceptionReason }) });
  };
  add('label-created', country.warehouse, 0);
  add('picked-up', country.warehouse, randomDuration(random, HOUR, 8 * HOUR));
  for (const hub of hubs) {
    add('arrived-at-hub', hub, randomDuration(random, 5 * HOUR, 22 * HOUR));
    add('in-transit', hub, randomDuration(random, 2 * HOUR, 8 * HOUR));
  }
  if (request.stuck) {
    const reason = random.pick<ShipmentExceptionReason>(['weather', 'high-volume', 'address-issue']);
    add('exception', reason === 'address-issue' ? destination : (hubs.at(-1) ?? country.warehouse), randomDuration(random, 4 * HOUR, 20 * HOUR), reason);
  } else {
    add('out-for-delivery', destination, randomDuration(random, 4 * HOUR, 26 * HOUR));
    add('delivered', destination, randomDuration(random, HOUR, 9 * HOUR));
  }
  return {
    orderId: request.orderId,
    carrier,
    trackingNumber: trackingNumber(random, carrier),
    shippedAt: labelAt,
    estimatedDeliveryAt: labelAt + random.int(3, 5) * DAY,
    events,
  };
}

/** The status a carrier shows after its latest event. */
export function shipmentStatusAfter(code: TrackingEventCode): ShipmentStatus {
  switch (code) {
    case 'label-created':
      return 'label-created';
    case 'picked-up':
    case 'arrived-at-hub':
    case 'in-transit':
      return 'in-transit';
    case 'out-for-delivery':
      return 'out-for-delivery';
    case 'delivered':
      return 'delivered';
    case 'exception':
      return 'exception';
  }
}
