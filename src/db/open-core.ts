/**
 * Opening the store: private file permissions, pragmas, and clear refusals for files rel cannot or
 * must not use. Migrating is passed in (db/open.ts), so the start-up path of a db whose schema is
 * current never loads the migrations' SQL (db/open-lean.ts).
 */
import type { Database as DB } from 'better-sqlite3';
import {
  accessSync,
  chmodSync,
  closeSync,
  constants,
  copyFileSync,
  mkdtempSync,
  existsSync,
  openSync,
  readFileSync,
  rmSync,
  statSync,
  statfsSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeDirs } from '../dirs.js';
import { DataError } from '../errors.js';
import { LEAN_SCHEMA_VERSION } from './migrations/latest.js';
import { Database as Bundled, installedDatabase, sqlitePackage } from './sqlite-lib.js';

/**
 * The addon better-sqlite3 built at install. Named, it is loaded directly; otherwise better-sqlite3
 * asks the `bindings` package to search a dozen places for it, a noticeable share of a `rel give`.
 * Looked for where Node's resolution would find the package from this file (src/db, dist/db and
 * dist/bundle are all two folders below the package's root): in rel's own node_modules, or beside
 * rel when it is installed as a dependency; only then by resolving the package.
 */
const NATIVE: { nativeBinding?: string } = (() => {
  const addon = join('better-sqlite3', 'build', 'Release', 'better_sqlite3.node');
  const here = dirname(fileURLToPath(import.meta.url));
  for (const dir of [join(here, '..', '..', 'node_modules'), join(here, '..', '..', '..')]) {
    const built = join(dir, addon);
    if (existsSync(built)) return { nativeBinding: built };
  }
  try {
    const built = join(dirname(sqlitePackage()), '..', addon);
    return existsSync(built) ? { nativeBinding: built } : {};
  } catch {
    return {};
  }
})();

/**
 * better-sqlite3 itself: the copy in the start-up bundle loads the addon by the path above; without
 * one (an addon built elsewhere, such as build/Debug), the installed package, whose own search
 * looks where it was built.
 */
const Database: typeof Bundled = NATIVE.nativeBinding ? Bundled : installedDatabase();

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
  /** This open created the file (so an empty one can be removed again: see dropIfEmpty). */
  created?: boolean;
}

/** `PRAGMA application_id` of every rel database ("rel" in ASCII), set on create and on upgrade. */
export const APPLICATION_ID = 0x72656c;

/** Tables every rel database has had since its first schema: how an older rel file is recognised. */
const REL_TABLES = [
  'people',
  'nicknames',
  'tags',
  'events',
  'event_people',
  'ledger',
  'touches',
  'intros',
  'profile',
];

export const PRIVATE_FILE = 0o600;
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
  let created = false;
  if (path !== ':memory:' && !existsSync(path)) {
    if (!migrator) throw new NeedsMigration();
    if (opts.mode === 'read')
      return { db: prepare(new Database(':memory:', NATIVE), ':memory:', opts.now, migrator).db };
    created = createPrivateFile(path);
  }
  let db: Db;
  try {
    if (path !== ':memory:' && !statSync(path).isFile()) throw new Error('not a regular file');
    db = readOnlyMedia(path) ? openReadOnly(path, opts.mode) : new Database(path, NATIVE);
  } catch (e) {
    if (e instanceof DataError) throw e;
    throw new DataError('dbCantOpen', { path, detail: (e as Error).message });
  }
  try {
    const opened = prepare(db, path, opts.now, migrator);
    return created ? { ...opened, created } : opened;
  } catch (e) {
    db.close();
    if (created) removeDb(path);
    // A full disk makes SQLite fail to open its WAL index ("disk I/O error"): say what it is, and let
    // reads go on from a copy in memory.
    if (path !== ':memory:' && diskFull(path)) {
      if (opts.mode === 'write') throw new DataError('dbFull', { path });
      return prepare(openReadOnly(path, 'read'), path, opts.now, migrator);
    }
    throw e;
  }
}

/** No space left for this user on the disk holding `path`. */
export function diskFull(path: string): boolean {
  try {
    return statfsSync(dirname(path)).bavail === 0;
  } catch {
    return false;
  }
}

/** The file (or its folder, where -wal and -shm live) cannot be written: a read-only mount, a CD. */
function readOnlyMedia(path: string): boolean {
  for (const p of [path, dirname(path)]) {
    try {
      accessSync(p, constants.W_OK);
    } catch {
      return true;
    }
  }
  return false;
}

/**
 * Reads on read-only media: SQLite cannot open a WAL database there (it needs the -shm file), so the
 * file is read into memory and opened from there, query-only. Writes are refused with a clear word.
 */
function openReadOnly(path: string, mode: OpenOptions['mode']): Db {
  if (mode === 'write') throw new DataError('dbReadOnly', { path });
  let bytes: Buffer;
  if (existsSync(`${path}-wal`) && statSync(`${path}-wal`).size > 0) {
    // Changes still in the -wal: let SQLite fold them in on a private copy, then read that.
    const dir = mkdtempSync(join(tmpdir(), 'rel-ro-'));
    try {
      copyFileSync(path, join(dir, 'db'));
      copyFileSync(`${path}-wal`, join(dir, 'db-wal'));
      const copy = new Database(join(dir, 'db'), NATIVE);
      bytes = copy.serialize();
      copy.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  } else bytes = readFileSync(path);
  // Bytes 18-19 say "WAL"; an in-memory copy must use the rollback journal instead.
  if (bytes.length >= 100 && bytes.subarray(0, 16).toString('latin1') === 'SQLite format 3\0')
    bytes[18] = bytes[19] = 1;
  const db = new Database(bytes, NATIVE);
  db.pragma('query_only = ON');
  return db;
}

/** Removes a db file this run created and that holds nothing (a failed write, a dry run). */
export function dropIfEmpty(opened: Opened, path: string, isEmpty: (db: Db) => boolean): void {
  if (!opened.created || !opened.db.open) return;
  let empty: boolean;
  try {
    empty = isEmpty(opened.db);
  } catch {
    empty = false;
  }
  opened.db.close();
  // Only when no other rel has it open: SQLite removes the -wal file when its last connection closes.
  if (empty && !existsSync(`${path}-wal`)) removeDb(path);
}

function removeDb(path: string): void {
  for (const f of [path, `${path}-wal`, `${path}-shm`]) rmSync(f, { force: true });
}

function createPrivateFile(path: string): boolean {
  try {
    makeDirs(dirname(path), PRIVATE_DIR);
    closeSync(openSync(path, 'wx', PRIVATE_FILE));
    chmodSync(path, PRIVATE_FILE);
    return true;
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    if (err.code === 'EEXIST') return false;
    if (err.code === 'ENOSPC') throw new DataError('dbFull', { path });
    if (err.code === 'EROFS') throw new DataError('dbReadOnly', { path });
    throw new DataError('dbCantOpen', { path, detail: err.message });
  }
}

function prepare(db: Db, path: string, now: Date, migrator: Migrator | undefined): Opened {
  let version: number;
  let appId: number;
  try {
    // Generous: a write behind a long import waits rather than failing ("busy, try again" after this).
    db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    version = db.pragma('user_version', { simple: true }) as number;
    appId = db.pragma('application_id', { simple: true }) as number;
    // Recognised before anything is changed: another program's SQLite file is left exactly as it is
    // (no WAL switch, no chmod, no backup).
    if (appId !== APPLICATION_ID && (appId !== 0 || ((version !== 0 || hasTables(db)) && !hasRelTables(db))))
      throw new DataError('dbNotRel', { path });
  } catch (e) {
    if (e instanceof DataError) throw e;
    throw new DataError('dbCorrupt', { path, detail: (e as Error).message });
  }
  // Without a migrator (the start-up path) only a current schema is taken; anything else is handed to
  // db/open.ts before a thing is changed.
  if (!migrator && version !== LEAN_SCHEMA_VERSION) throw new NeedsMigration();
  const latest = migrator?.latest ?? LEAN_SCHEMA_VERSION;
  if (version > latest) throw new DataError('dbNewer', { path, found: version, known: latest });
  const readOnly = db.readonly || (db.pragma('query_only', { simple: true }) as number) === 1;
  if (readOnly && version < latest) throw new DataError('dbReadOnly', { path });
  if (!readOnly && path !== ':memory:') {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
  }
  db.pragma('foreign_keys = ON');
  let backup: string | undefined;
  if (version < latest && !readOnly) backup = migrator!.run(db, path, version, now);
  if (!readOnly && appId === 0) db.pragma(`application_id = ${APPLICATION_ID}`);
  if (!readOnly) tightenSidecars(path);
  return backup ? { db, backup } : { db };
}

/** Milliseconds a write waits for another rel's transaction (a long import) before "busy". */
export const BUSY_TIMEOUT_MS = 60_000;

function hasRelTables(db: Db): boolean {
  const names = new Set(
    db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all() as string[],
  );
  return REL_TABLES.every((t) => names.has(t));
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
