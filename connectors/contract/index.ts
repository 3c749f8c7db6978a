export * from './address.js';
export * from './capabilities.js';
export * from './connector.js';
export * from './degrade.js';
export * from './inbound-event.js';
export * from './outbound-part.js';
