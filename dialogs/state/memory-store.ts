import { StateConflictError } from '../engine/errors.js';
import type {
  CompletedTurn, ConversationRecord, ConversationStore, NewConversation, TranscriptQuery, TurnCommit,
} from './conversation-store.js';
import type { TranscriptEntry } from './transcript-entry.js';

interface Conversation {
  record: ConversationRecord;
  transcript: TranscriptEntry[];
  turns: Map<string, CompletedTurn>;
}

/** Keeps everything in the process. For tests and benchmarks; nothing survives a restart. */
export class MemoryConversationStore implements ConversationStore {
  readonly kind = 'memory';
  private readonly conversations = new Map<string, Conversation>();

  async create(key: string, conversation: NewConversation): Promise<ConversationRecord> {
    const existing = this.conversations.get(key);
    if (existing) return structuredClone(existing.record);
    const record: ConversationRecord = { key, createdAt: new Date().toISOString(), version: 0, ...conversation };
    this.conversations.set(key, { record, transcript: [], turns: new Map() });
    return structuredClone(record);
  }

  async get(key: string): Promise<ConversationRecord | undefined> {
    const conversation = this.conversations.get(key);
    return conversation ? structuredClone(conversation.record) : undefined;
  }

  async appendInbound(key: string, entry: TranscriptEntry & { eventId: string }): Promise<boolean> {
    const conversation = this.require(key);
    if (conversation.transcript.some((line) => line.from === 'shopper' && line.eventId === entry.eventId)) return false;
    conversation.transcript.push(structuredClone(entry));
    return true;
  }

  async completedTurn(key: string, eventId: string): Promise<CompletedTurn | undefined> {
    const turn = this.conversations.get(key)?.turns.get(eventId);
    return turn ? structuredClone(turn) : undefined;
  }

  async commitTurn(key: string, commit: TurnCommit): Promise<number> {
    const conversation = this.require(key);
    if (conversation.record.version !== commit.expectedVersion) throw new StateConflictError(key);
    const version = commit.expectedVersion + 1;
    conversation.record = { ...conversation.record, version, state: structuredClone(commit.state ?? conversation.record.state) };
    conversation.transcript.push(...structuredClone(commit.outbound));
    const completedAt = new Date().toISOString();
    conversation.turns.set(commit.eventId, { eventId: commit.eventId, replies: structuredClone(commit.replies), completedAt });
    return version;
  }

  async appendOutbound(key: string, entries: TranscriptEntry[]): Promise<void> {
    this.require(key).transcript.push(...structuredClone(entries));
  }

  async transcript(key: string, query: TranscriptQuery = {}): Promise<TranscriptEntry[]> {
    const lines = this.conversations.get(key)?.transcript ?? [];
    return structuredClone(query.limit === undefined ? lines : lines.slice(-query.limit));
  }

  async ping(): Promise<void> {}

  async close(): Promise<void> {}

  private require(key: string): Conversation {
    const conversation = this.conversations.get(key);
    if (!conversation) throw new Error(`unknown conversation ${key}`);
    return conversation;
  }
}
