import type { Address, ChannelId } from './address.js';
import type { Capabilities } from './capabilities.js';
import type { InboundEvent } from './inbound-event.js';
import type { OutboundPart } from './outbound-part.js';

/** What a connector learns back from the engine about a turn it handed in. */
export interface HandledEvent {
  replies: OutboundPart[];
  duplicate: boolean;
  state: { mode: 'bot' | 'pending' | 'human'; language: string; intent?: string };
}

/** Hands a normalized event to the engine; resolves when the turn is done. */
export type EventHandler = (event: InboundEvent) => Promise<HandledEvent>;

/** How a send relates to the turn that caused it. */
export interface SendOptions {
  /** The inbound event these parts answer; absent for messages outside a turn (an agent's reply). */
  inReplyTo?: string;
}

/**
 * One channel. `start` begins receiving (webhook routes, sockets, polling) and passes every
 * normalized event to `onEvent`; `send` delivers parts already degraded to `capabilities`.
 */
export interface Connector {
  readonly channel: ChannelId;
  readonly capabilities: Capabilities;
  start(onEvent: EventHandler): Promise<void>;
  send(address: Address, parts: OutboundPart[], options?: SendOptions): Promise<void>;
  stop(): Promise<void>;
}
