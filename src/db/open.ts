/**
 * Opening the store: private file permissions, pragmas, migrations with a backup first, and clear
 * refusals for files rel cannot or must not use (db/open-core.ts has all but the migrating).
 */
import { chmodSync } from 'node:fs';
import { LATEST_VERSION, migrate } from './migrations/index.js';
import { openWith, type Db, type Migrator, type Opened, type OpenOptions } from './open-core.js';

export type { Db, Opened, OpenOptions };

const PRIVATE_FILE = 0o600;

/** Opens (or creates) the db and brings its schema up to date, backing up an older one first. */
export function openDb(path: string, opts: OpenOptions): Opened {
  return openWith(path, opts, migrateWithBackup);
}

const migrateWithBackup: Migrator = {
  latest: LATEST_VERSION,
  run(db, path, version, now) {
    const backup =
      version > 0 && path !== ':memory:' ? backupBeforeMigrating(db, path, version, now) : undefined;
    migrate(db);
    return backup;
  },
};

function backupBeforeMigrating(db: Db, path: string, version: number, now: Date): string {
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  const target = `${path}.schema${version}-${stamp}.bak`;
  db.prepare('VACUUM INTO ?').run(target);
  chmodSync(target, PRIVATE_FILE);
  return target;
}
