/**
 * Opening the store: private file permissions, pragmas, migrations with a backup first, and clear
 * refusals for files rel cannot or must not use.
 */
import Database from 'better-sqlite3';
import type { Database as DB } from 'better-sqlite3';
import { chmodSync, closeSync, existsSync, openSync, statSync } from 'node:fs';
import { makeDirs } from '../dirs.js';
import { dirname } from 'node:path';
import { DataError } from '../errors.js';
import { LATEST_VERSION, migrate, schemaVersion } from './migrations/index.js';

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

export function openDb(path: string, opts: OpenOptions): Opened {
  if (path !== ':memory:' && !existsSync(path)) {
    if (opts.mode === 'read') return { db: prepare(new Database(':memory:'), ':memory:', opts.now).db };
    createPrivateFile(path);
  }
  let db: Db;
  try {
    if (path !== ':memory:' && !statSync(path).isFile()) throw new Error('not a regular file');
    db = new Database(path);
  } catch (e) {
    throw new DataError('dbCantOpen', { path, detail: (e as Error).message });
  }
  try {
    return prepare(db, path, opts.now);
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

function prepare(db: Db, path: string, now: Date): Opened {
  let version: number;
  try {
    db.pragma('busy_timeout = 5000');
    version = schemaVersion(db);
    if (version === 0 && hasTables(db)) throw new DataError('dbNotRel', { path });
  } catch (e) {
    if (e instanceof DataError) throw e;
    throw new DataError('dbCorrupt', { path, detail: (e as Error).message });
  }
  if (version > LATEST_VERSION)
    throw new DataError('dbNewer', { path, found: version, known: LATEST_VERSION });
  if (!db.readonly && path !== ':memory:') {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
  }
  db.pragma('foreign_keys = ON');
  let backup: string | undefined;
  if (version < LATEST_VERSION) {
    if (version > 0 && path !== ':memory:') backup = backupBeforeMigrating(db, path, version, now);
    migrate(db);
  }
  tightenSidecars(path);
  return backup ? { db, backup } : { db };
}

function hasTables(db: Db): boolean {
  return db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE type = 'table'").pluck().get() !== 0;
}

function backupBeforeMigrating(db: Db, path: string, version: number, now: Date): string {
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  const target = `${path}.schema${version}-${stamp}.bak`;
  db.prepare('VACUUM INTO ?').run(target);
  chmodSync(target, PRIVATE_FILE);
  return target;
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
