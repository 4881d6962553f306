/**
 * Opening the store with migrations: an older schema is backed up first (a private copy beside the
 * db), then brought up to date. db/open-core.ts has everything else; db/open-lean.ts is the start-up
 * path that comes here only when the schema is not current.
 */
import { chmodSync, closeSync, openSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { DataError } from '../errors.js';
import { LATEST_VERSION, migrate } from './migrations/index.js';
import {
  openWith,
  PRIVATE_FILE,
  type Db,
  type Migrator,
  type Opened,
  type OpenOptions,
} from './open-core.js';

export type { Db, Opened, OpenOptions };
export { APPLICATION_ID, BUSY_TIMEOUT_MS, diskFull, dropIfEmpty } from './open-core.js';

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

/**
 * The copy made before a schema upgrade: written as a private (0600) temp file beside the db and
 * renamed into place, so it is never readable by others and a kill never leaves half a backup.
 */
function backupBeforeMigrating(db: Db, path: string, version: number, now: Date): string {
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  const target = `${path}.schema${version}-${stamp}.bak`;
  const tmp = join(dirname(path), `.${basename(target)}.${process.pid}.tmp`);
  try {
    rmSync(tmp, { force: true });
    closeSync(openSync(tmp, 'wx', PRIVATE_FILE));
    // VACUUM INTO refuses a non-empty file but writes into an empty one, keeping its 0600 mode.
    db.prepare('VACUUM INTO ?').run(tmp);
    chmodSync(tmp, PRIVATE_FILE);
    renameSync(tmp, target);
  } catch (e) {
    rmSync(tmp, { force: true });
    const code = (e as { code?: string }).code ?? '';
    if (code === 'ENOSPC' || code.startsWith('SQLITE_FULL')) throw new DataError('dbFull', { path });
    throw e;
  }
  return target;
}
