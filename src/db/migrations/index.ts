import type { Database } from 'better-sqlite3';
import * as m0001 from './0001-initial.js';
import * as m0002 from './0002-contact-details.js';
import * as m0003 from './0003-person-stats.js';
import * as m0004 from './0004-window-indexes.js';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/** Every migration, in order. Add a file NNNN-name.ts and list it here. */
export const MIGRATIONS: readonly Migration[] = [m0001, m0002, m0003, m0004];

export const LATEST_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;

export function schemaVersion(db: Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/** Runs the pending migrations, each in its own transaction with its version bump. */
export function migrate(db: Database, to = LATEST_VERSION): number[] {
  const from = schemaVersion(db);
  const ran: number[] = [];
  for (const m of MIGRATIONS) {
    if (m.version <= from || m.version > to) continue;
    db.transaction(() => {
      db.exec(m.sql);
      db.pragma(`user_version = ${m.version}`);
    })();
    ran.push(m.version);
  }
  return ran;
}
