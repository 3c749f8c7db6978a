import { StateConflictError } from '../engine/errors.js';
import type {
  CompletedTurn, ConversationRecord, ConversationStore, NewConversation, TranscriptQuery, TurnCommit,
} from './conversation-store.js';
import type { TranscriptEntry } from './transcript-entry.js';

/**
 * Keeps everything in the process, for tests and benchmarks; nothing survives a restart.
 * Like the SQLite store it keeps JSON text, not objects: every read hands out a fresh copy,
 * what is stored is exactly what a durable store would keep, and an idle conversation costs
 * a few strings rather than an object graph.
 */
interface Conversation {
  /** The record without its state and version, which change every turn and are kept apart. */
  identity: string;
  state: string;
  version: number;
  transcript: string[];
  /** Shopper lines' event ids, so a redelivery is recognized without parsing lines. */
  inbound: Set<string>;
  turns: Map<string, string>;
}

export class MemoryConversationStore implements ConversationStore {
  readonly kind = 'memory';
  private readonly conversations = new Map<string, Conversation>();

  async create(key: string, conversation: NewConversation): Promise<ConversationRecord> {
    const existing = this.conversations.get(key);
    if (existing) return recordOf(existing);
    const record: ConversationRecord = { key, createdAt: new Date().toISOString(), version: 0, ...conversation };
    const { state, version: _version, ...identity } = record;
    this.conversations.set(key, { identity: JSON.stringify(identity), state: JSON.stringify(state), version: 0, transcript: [], inbound: new Set(), turns: new Map() });
    // The caller's own objects come back: what is stored is text, so they cannot reach it.
    return record;
  }

  async get(key: string): Promise<ConversationRecord | undefined> {
    const conversation = this.conversations.get(key);
    return conversation ? recordOf(conversation) : undefined;
  }

  async appendInbound(key: string, entry: TranscriptEntry & { eventId: string }): Promise<boolean> {
    const conversation = this.require(key);
    if (conversation.inbound.has(entry.eventId)) return false;
    conversation.inbound.add(entry.eventId);
    conversation.transcript.push(JSON.stringify(entry));
    return true;
  }

  async completedTurn(key: string, eventId: string): Promise<CompletedTurn | undefined> {
    const turn = this.conversations.get(key)?.turns.get(eventId);
    return turn === undefined ? undefined : parse<CompletedTurn>(turn);
  }

  async commitTurn(key: string, commit: TurnCommit): Promise<number> {
    const conversation = this.require(key);
    if (conversation.version !== commit.expectedVersion) throw new StateConflictError(key);
    const version = commit.expectedVersion + 1;
    if (commit.state) conversation.state = JSON.stringify(commit.state);
    conversation.version = version;
    for (const entry of commit.outbound) conversation.transcript.push(JSON.stringify(entry));
    conversation.turns.set(commit.eventId, JSON.stringify({ eventId: commit.eventId, replies: commit.replies, completedAt: new Date().toISOString() }));
    return version;
  }

  async appendOutbound(key: string, entries: TranscriptEntry[]): Promise<void> {
    const conversation = this.require(key);
    for (const entry of entries) conversation.transcript.push(JSON.stringify(entry));
  }

  async transcript(key: string, query: TranscriptQuery = {}): Promise<TranscriptEntry[]> {
    const lines = this.conversations.get(key)?.transcript ?? [];
    return (query.limit === undefined ? lines : lines.slice(-query.limit)).map((line) => parse<TranscriptEntry>(line));
  }

  async ping(): Promise<void> {}

  async close(): Promise<void> {}

  private require(key: string): Conversation {
    const conversation = this.conversations.get(key);
    if (!conversation) throw new Error(`unknown conversation ${key}`);
    return conversation;
  }
}

function recordOf(conversation: Conversation): ConversationRecord {
  return { ...parse<Omit<ConversationRecord, 'state' | 'version'>>(conversation.identity), state: parse(conversation.state), version: conversation.version };
}

/** Text this store wrote itself from a typed value, read back as that type. */
function parse<T>(text: string): T {
  return JSON.parse(text) as T;
}
