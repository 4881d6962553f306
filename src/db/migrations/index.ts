import { writeTx } from '../tx.js';
import type { Database } from 'better-sqlite3';
import * as m0001 from './0001-initial.js';
import * as m0002 from './0002-contact-details.js';
import * as m0003 from './0003-person-stats.js';
import * as m0004 from './0004-window-indexes.js';
import * as m0005 from './0005-offered-takes.js';
import * as m0006 from './0006-search.js';
import * as m0007 from './0007-important-dates.js';
import * as m0008 from './0008-sync.js';
import * as m0010 from './0010-needs.js';
import * as m0011 from './0011-search-needs.js';

export interface Migration {
  version: number;
  name: string;
  sql: string;
  /**
   * For a migration merged after higher-numbered ones (each branch gets its own number): whether
   * its change is already in a db whose user_version is past it. When this says no, it runs anyway.
   */
  applied?: (db: Database) => boolean;
}

/** Every migration, in order. Add a file NNNN-name.ts and list it here. */
export const MIGRATIONS: readonly Migration[] = [
  m0001,
  m0002,
  m0003,
  m0004,
  m0005,
  m0006,
  m0007,
  m0008,
  m0010,
  m0011,
];

export const LATEST_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;

export function schemaVersion(db: Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/**
 * Runs the pending migrations, each in its own immediate transaction with its version bump. The
 * version is read again inside the transaction, so two rel processes opening an old db at once
 * migrate it once.
 */
export function migrate(db: Database, to = LATEST_VERSION): number[] {
  const ran: number[] = [];
  for (const m of MIGRATIONS) {
    if (m.version > to) break;
    writeTx(db, () => {
      const current = schemaVersion(db);
      if (current >= m.version && (m.applied?.(db) ?? true)) return;
      db.exec(m.sql);
      db.pragma(`user_version = ${Math.max(current, m.version)}`);
      ran.push(m.version);
    });
  }
  return ran;
}
