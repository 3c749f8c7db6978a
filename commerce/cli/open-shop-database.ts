import type Database from 'better-sqlite3';
import { databaseFileOf, loadConfig } from '../../config/load-config.js';
import { openSqlite } from '../../dialogs/state/open-sqlite.js';

export interface ShopDatabase {
  db: Database.Database;
  file: string;
  currency: string;
}

/**
 * Opens the SQLite file the server uses (DATABASE_FILE, else <DATA_DIR>/parley.db), read through
 * the app's own config and opener so the CLIs and the server never disagree about the file or
 * its pragmas. Like server.ts, a CLI is a composition root and may reach across folders.
 */
export function openShopDatabase(): ShopDatabase {
  const config = loadConfig();
  const file = databaseFileOf(config);
  return { db: openSqlite(file, { synchronous: config.SQLITE_SYNCHRONOUS }), file, currency: config.SHOP_CURRENCY };
}
