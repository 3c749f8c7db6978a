import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';

export interface SqliteOptions {
  /**
   * NORMAL (default) survives a killed process: WAL commits are written before they return.
   * FULL also survives power loss, at the cost of an fsync per turn.
   */
  synchronous?: 'NORMAL' | 'FULL';
}

/** Opens (creating its folder) the one SQLite file Parley and the demo shop share. */
export function openSqlite(file: string, options: SqliteOptions = {}): Database.Database {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma(`synchronous = ${options.synchronous ?? 'NORMAL'}`);
  db.pragma('busy_timeout = 5000');
  db.pragma('foreign_keys = ON');
  return db;
}
