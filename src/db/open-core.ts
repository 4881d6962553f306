/**
 * Opening the store: private file permissions, pragmas, and clear refusals for files rel cannot or
 * must not use. Migrating is passed in (db/open.ts), so the start-up path of a db whose schema is
 * current never loads the migrations' SQL (db/open-lean.ts).
 */
import type { Database as DB } from 'better-sqlite3';
import { chmodSync, closeSync, existsSync, openSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { makeDirs } from '../dirs.js';
import { DataError } from '../errors.js';
import { LEAN_SCHEMA_VERSION } from './migrations/latest.js';

// require(), not import: better-sqlite3 is CommonJS, and Node loads it faster this way.
const require = createRequire(import.meta.url);
const Database = require('better-sqlite3') as typeof import('better-sqlite3');

/**
 * The addon better-sqlite3 built at install. Named, it is loaded directly; otherwise better-sqlite3
 * asks the `bindings` package to search a dozen places for it, a noticeable share of a `rel give`.
 */
const NATIVE: { nativeBinding?: string } = (() => {
  try {
    const built = join(
      dirname(require.resolve('better-sqlite3/package.json')),
      'build',
      'Release',
      'better_sqlite3.node',
    );
    return existsSync(built) ? { nativeBinding: built } : {};
  } catch {
    return {};
  }
})();

export type Db = DB;

export interface OpenOptions {
  /** 'read' on a file that does not exist yet gives an empty in-memory db and creates nothing. */
  mode: 'read' | 'write';
  /** Used to stamp the backup copy written before a migration. */
  now: Date;
}

export interface Opened {
  db: Db;
  /** Path of the backup written before migrating, if one was. */
  backup?: string;
}

const PRIVATE_FILE = 0o600;
const PRIVATE_DIR = 0o700;

export interface Migrator {
  /** The newest schema version. */
  latest: number;
  /** Brings an older schema up to date (after a backup); returns the backup's path, if one was written. */
  run(db: Db, path: string, version: number, now: Date): string | undefined;
}

/** Thrown by openWith without a migrator when the db is not at LEAN_SCHEMA_VERSION: nothing was changed. */
export class NeedsMigration extends Error {}

export function openWith(path: string, opts: OpenOptions, migrator: Migrator | undefined): Opened {
  if (path !== ':memory:' && !existsSync(path)) {
    if (opts.mode === 'read') {
      if (!migrator) throw new NeedsMigration();
      return { db: prepare(new Database(':memory:', NATIVE), ':memory:', opts.now, migrator).db };
    }
    if (!migrator) throw new NeedsMigration();
    createPrivateFile(path);
  }
  let db: Db;
  try {
    if (path !== ':memory:' && !statSync(path).isFile()) throw new Error('not a regular file');
    db = new Database(path, NATIVE);
  } catch (e) {
    throw new DataError('dbCantOpen', { path, detail: (e as Error).message });
  }
  try {
    return prepare(db, path, opts.now, migrator);
  } catch (e) {
    db.close();
    throw e;
  }
}

function createPrivateFile(path: string): void {
  try {
    makeDirs(dirname(path), PRIVATE_DIR);
    closeSync(openSync(path, 'wx', PRIVATE_FILE));
    chmodSync(path, PRIVATE_FILE);
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    if (err.code !== 'EEXIST') throw new DataError('dbCantOpen', { path, detail: err.message });
  }
}

function prepare(db: Db, path: string, now: Date, migrator: Migrator | undefined): Opened {
  let version: number;
  try {
    db.pragma('busy_timeout = 5000');
    version = db.pragma('user_version', { simple: true }) as number;
    if (version === 0 && hasTables(db)) throw new DataError('dbNotRel', { path });
  } catch (e) {
    if (e instanceof DataError) throw e;
    throw new DataError('dbCorrupt', { path, detail: (e as Error).message });
  }
  if (!migrator && version !== LEAN_SCHEMA_VERSION) throw new NeedsMigration();
  const latest = migrator?.latest ?? LEAN_SCHEMA_VERSION;
  if (version > latest) throw new DataError('dbNewer', { path, found: version, known: latest });
  if (!db.readonly && path !== ':memory:') {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
  }
  db.pragma('foreign_keys = ON');
  const backup = version < latest ? migrator!.run(db, path, version, now) : undefined;
  tightenSidecars(path);
  return backup ? { db, backup } : { db };
}

function hasTables(db: Db): boolean {
  return db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE type = 'table'").pluck().get() !== 0;
}

/** SQLite gives -wal and -shm the db file's mode; make sure, in case the file was loosened. */
function tightenSidecars(path: string): void {
  if (path === ':memory:') return;
  for (const f of [path, `${path}-wal`, `${path}-shm`]) {
    try {
      if (existsSync(f) && (statSync(f).mode & 0o077) !== 0) chmodSync(f, PRIVATE_FILE);
    } catch {
      // not ours to change (another owner): leave it, the open still works
    }
  }
}
