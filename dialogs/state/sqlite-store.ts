import type Database from 'better-sqlite3';
import { z } from 'zod';
import { AddressSchema } from '../../connectors/contract/address.js';
import { OutboundPartSchema } from '../../connectors/contract/outbound-part.js';
import { StateConflictError } from '../engine/errors.js';
import { migrateState } from './conversation-state.js';
import { GroupCommit } from './group-commit.js';
import type {
  CompletedTurn, ConversationRecord, ConversationStore, NewConversation, TranscriptQuery, TurnCommit,
} from './conversation-store.js';
import { TranscriptEntrySchema, type TranscriptEntry } from './transcript-entry.js';

// Each entry upgrades the schema by one step; PRAGMA user_version records how far a file has come.
const schemaSteps = [
  `CREATE TABLE conversations (
     key TEXT PRIMARY KEY,
     address TEXT NOT NULL,
     created_at TEXT NOT NULL,
     updated_at TEXT NOT NULL,
     version INTEGER NOT NULL,
     state TEXT NOT NULL,
     secret_hash TEXT
   ) STRICT;
   CREATE TABLE transcript (
     seq INTEGER PRIMARY KEY AUTOINCREMENT,
     conversation_key TEXT NOT NULL REFERENCES conversations(key),
     sender TEXT NOT NULL,
     event_id TEXT,
     text TEXT NOT NULL,
     parts TEXT,
     meta TEXT,
     at TEXT NOT NULL
   ) STRICT;
   CREATE INDEX transcript_by_conversation ON transcript(conversation_key, seq);
   CREATE UNIQUE INDEX transcript_inbound_once ON transcript(conversation_key, event_id) WHERE sender = 'shopper';
   CREATE TABLE turns (
     conversation_key TEXT NOT NULL REFERENCES conversations(key),
     event_id TEXT NOT NULL,
     replies TEXT NOT NULL,
     completed_at TEXT NOT NULL,
     PRIMARY KEY (conversation_key, event_id)
   ) STRICT, WITHOUT ROWID;`,
];

const StoredRow = z.object({
  key: z.string(), address: z.string(), created_at: z.string(), version: z.number(),
  state: z.string(), secret_hash: z.string().nullable(),
});
const StoredLine = z.object({
  sender: z.string(), event_id: z.string().nullable(), text: z.string(), parts: z.string().nullable(),
  meta: z.string().nullable(), at: z.string(),
});
const StoredTurn = z.object({ event_id: z.string(), replies: z.string(), completed_at: z.string() });
const RepliesSchema = z.array(OutboundPartSchema);

/**
 * The embedded default: conversations, transcripts and turn outcomes in one SQLite file. A turn's
 * state, bot lines and outcome are one transaction, and shopper lines are written before the turn
 * runs, so a killed process loses neither a conversation nor a transcript line.
 */
export class SqliteConversationStore implements ConversationStore {
  readonly kind = 'sqlite';
  private readonly statements;
  private readonly writes: GroupCommit;

  constructor(private readonly db: Database.Database) {
    migrateSchema(db);
    this.writes = new GroupCommit(db);
    this.statements = {
      insert: db.prepare(`INSERT INTO conversations (key, address, created_at, updated_at, version, state, secret_hash)
                          VALUES (@key, @address, @at, @at, 0, @state, @secretHash) ON CONFLICT(key) DO NOTHING`),
      get: db.prepare('SELECT key, address, created_at, version, state, secret_hash FROM conversations WHERE key = ?'),
      update: db.prepare(`UPDATE conversations SET state = coalesce(@state, state), version = version + 1, updated_at = @at
                          WHERE key = @key AND version = @expectedVersion`),
      appendLine: db.prepare(`INSERT OR IGNORE INTO transcript (conversation_key, sender, event_id, text, parts, meta, at)
                              VALUES (@key, @from, @eventId, @text, @parts, @meta, @at)`),
      insertTurn: db.prepare(`INSERT INTO turns (conversation_key, event_id, replies, completed_at) VALUES (?, ?, ?, ?)`),
      getTurn: db.prepare('SELECT event_id, replies, completed_at FROM turns WHERE conversation_key = ? AND event_id = ?'),
      lastLines: db.prepare(`SELECT * FROM (SELECT seq, sender, event_id, text, parts, meta, at FROM transcript
                             WHERE conversation_key = ? ORDER BY seq DESC LIMIT ?) ORDER BY seq`),
      ping: db.prepare('SELECT 1'),
    };
  }

  async create(key: string, conversation: NewConversation): Promise<ConversationRecord> {
    return this.writes.run(() => {
      this.statements.insert.run({
        key,
        address: JSON.stringify(conversation.address),
        at: new Date().toISOString(),
        state: JSON.stringify(conversation.state),
        secretHash: conversation.secretHash ?? null,
      });
      const record = this.readRecord(key);
      if (!record) throw new Error(`conversation ${key} was not created`);
      return record;
    });
  }

  async get(key: string): Promise<ConversationRecord | undefined> {
    return this.readRecord(key);
  }

  async appendInbound(key: string, entry: TranscriptEntry & { eventId: string }): Promise<boolean> {
    return this.writes.run(() => this.statements.appendLine.run(lineRow(key, entry)).changes === 1);
  }

  async completedTurn(key: string, eventId: string): Promise<CompletedTurn | undefined> {
    const row = this.statements.getTurn.get(key, eventId);
    if (row === undefined) return undefined;
    const turn = StoredTurn.parse(row);
    return { eventId: turn.event_id, replies: RepliesSchema.parse(JSON.parse(turn.replies)), completedAt: turn.completed_at };
  }

  async commitTurn(key: string, commit: TurnCommit): Promise<number> {
    return this.writes.run(() => this.applyCommit(key, commit, new Date().toISOString()));
  }

  async appendOutbound(key: string, entries: TranscriptEntry[]): Promise<void> {
    await this.writes.run(() => {
      for (const entry of entries) this.statements.appendLine.run(lineRow(key, entry));
    });
  }

  async transcript(key: string, query: TranscriptQuery = {}): Promise<TranscriptEntry[]> {
    const rows = this.statements.lastLines.all(key, query.limit ?? -1);
    return rows.map((row) => {
      const line = StoredLine.parse(row);
      return TranscriptEntrySchema.parse({
        from: line.sender,
        text: line.text,
        at: line.at,
        ...(line.event_id !== null && { eventId: line.event_id }),
        ...(line.parts !== null && { parts: JSON.parse(line.parts) }),
        ...(line.meta !== null && { meta: JSON.parse(line.meta) }),
      });
    });
  }

  async ping(): Promise<void> {
    this.statements.ping.get();
  }

  /** Folds the WAL back into the main file so the data is complete in one place. */
  async close(): Promise<void> {
    if (!this.db.open) return;
    this.writes.flush();
    this.db.pragma('wal_checkpoint(TRUNCATE)');
  }

  /** Runs inside the group commit's savepoint, so a conflict rolls back this turn's writes alone. */
  private applyCommit(key: string, commit: TurnCommit, at: string): number {
    // The version check is the UPDATE's own condition: no second read of the record per turn.
    const state = commit.state === undefined ? null : JSON.stringify(commit.state);
    const updated = this.statements.update.run({ key, state, at, expectedVersion: commit.expectedVersion });
    if (updated.changes !== 1) throw new StateConflictError(key);
    for (const entry of commit.outbound) this.statements.appendLine.run(lineRow(key, entry));
    this.statements.insertTurn.run(key, commit.eventId, JSON.stringify(commit.replies), at);
    return commit.expectedVersion + 1;
  }

  private readRecord(key: string): ConversationRecord | undefined {
    const raw = this.statements.get.get(key);
    if (raw === undefined) return undefined;
    const row = StoredRow.parse(raw);
    return {
      key: row.key,
      address: AddressSchema.parse(JSON.parse(row.address)),
      createdAt: row.created_at,
      version: row.version,
      state: migrateState(JSON.parse(row.state)),
      ...(row.secret_hash !== null && { secretHash: row.secret_hash }),
    };
  }
}

function lineRow(key: string, entry: TranscriptEntry) {
  return {
    key,
    from: entry.from,
    eventId: entry.eventId ?? null,
    text: entry.text,
    parts: entry.parts ? JSON.stringify(entry.parts) : null,
    meta: entry.meta ? JSON.stringify(entry.meta) : null,
    at: entry.at,
  };
}

function migrateSchema(db: Database.Database): void {
  const current = Number(db.pragma('user_version', { simple: true }));
  if (current > schemaSteps.length) {
    throw new Error(`the database was written by a newer Parley (schema ${current}, this one knows ${schemaSteps.length})`);
  }
  db.transaction(() => {
    for (let step = current; step < schemaSteps.length; step += 1) db.exec(schemaSteps[step] ?? '');
    db.pragma(`user_version = ${schemaSteps.length}`);
  })();
}
