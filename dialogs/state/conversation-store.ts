import type { Address } from '../../connectors/contract/address.js';
import type { OutboundPart } from '../../connectors/contract/outbound-part.js';
import type { ConversationState } from './conversation-state.js';
import type { TranscriptEntry } from './transcript-entry.js';

export interface ConversationRecord {
  key: string;
  address: Address;
  createdAt: string;
  state: ConversationState;
  /** Bumped by every committed turn; commits carry the version they read (optimistic locking). */
  version: number;
  /** sha256 of the secret a web client presents to resume; absent on channels that verify otherwise. */
  secretHash?: string;
}

export interface NewConversation {
  address: Address;
  state: ConversationState;
  secretHash?: string;
}

export interface TurnCommit {
  eventId: string;
  /** The version the turn read; a mismatch means another writer got there first. */
  expectedVersion: number;
  /** The new state, or undefined to keep the stored one (a failed turn). */
  state?: ConversationState;
  /** The bot's lines for this turn, in order. */
  outbound: TranscriptEntry[];
  /** The parts the shopper was sent, returned again for a duplicate of this event. */
  replies: OutboundPart[];
}

export interface CompletedTurn {
  eventId: string;
  replies: OutboundPart[];
  completedAt: string;
}

export interface TranscriptQuery {
  /** At most this many of the newest lines, oldest first. */
  limit?: number;
}

/**
 * Where conversations live. Every method is keyed by `channel:botId:conversationId`.
 * Implementations: memory (tests), SQLite (embedded default); Redis and PostgreSQL later.
 */
export interface ConversationStore {
  readonly kind: string;
  // Every read returns a fresh copy the caller owns; nothing a caller changes reaches the store
  // until it is committed.
  /** Creates the conversation, or returns the existing one unchanged. */
  create(key: string, conversation: NewConversation): Promise<ConversationRecord>;
  get(key: string): Promise<ConversationRecord | undefined>;
  /** Keeps a shopper line at once, before the turn runs. False when this event id is already kept. */
  appendInbound(key: string, entry: TranscriptEntry & { eventId: string }): Promise<boolean>;
  /** The recorded outcome of an event that has completed, for deduplication. */
  completedTurn(key: string, eventId: string): Promise<CompletedTurn | undefined>;
  /** Saves state, the bot's lines and the turn's outcome together, or none of them. Returns the new version. */
  commitTurn(key: string, commit: TurnCommit): Promise<number>;
  /** Lines written outside a shopper's turn (an agent's reply, a queue update). */
  appendOutbound(key: string, entries: TranscriptEntry[]): Promise<void>;
  transcript(key: string, query?: TranscriptQuery): Promise<TranscriptEntry[]>;
  /** Cheap liveness check for /readyz. */
  ping(): Promise<void>;
  close(): Promise<void>;
}
