import Database from 'better-sqlite3';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync, chmodSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { APPLICATION_ID, openDb } from '../../src/db/open.js';
import { openDbLean } from '../../src/db/open-lean.js';
import { LEAN_SCHEMA_VERSION } from '../../src/db/migrations/latest.js';
import { LATEST_VERSION, MIGRATIONS, migrate, schemaVersion } from '../../src/db/migrations/index.js';
import { DataError } from '../../src/errors.js';
import { tempDir } from '../helpers/db.js';

const now = new Date('2026-11-22T09:00:00Z');
const mode = (p: string) => statSync(p).mode & 0o777;

describe('openDb', () => {
  it('creates a private file, with its parent dirs, at the latest schema', () => {
    const path = join(tempDir(), 'deep', 'er', 'rel.db');
    const { db } = openDb(path, { mode: 'write', now });
    db.prepare("INSERT INTO profile (key, value) VALUES ('goal', '\"x\"')").run();
    expect(schemaVersion(db)).toBe(LATEST_VERSION);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(mode(path)).toBe(0o600);
    for (const side of ['-wal', '-shm']) if (existsSync(path + side)) expect(mode(path + side)).toBe(0o600);
    expect(mode(join(path, '..'))).toBe(0o700);
    db.close();
  });

  it('tightens a db file that others could read', () => {
    const path = join(tempDir(), 'rel.db');
    openDb(path, { mode: 'write', now }).db.close();
    chmodSync(path, 0o644);
    openDb(path, { mode: 'write', now }).db.close();
    expect(mode(path)).toBe(0o600);
  });

  it('a read on a missing file sees an empty db and creates nothing', () => {
    const path = join(tempDir(), 'missing.db');
    const { db } = openDb(path, { mode: 'read', now });
    expect(db.prepare('SELECT count(*) FROM people').pluck().get()).toBe(0);
    db.close();
    expect(existsSync(path)).toBe(false);
  });

  it('upgrades an older db, writing a private backup first and keeping the data', () => {
    expect(MIGRATIONS.length).toBeGreaterThan(1);
    const dir = tempDir();
    const path = join(dir, 'rel.db');
    const old = new Database(path);
    migrate(old, 1);
    old.prepare("INSERT INTO people (name, created_at) VALUES ('Aiko Tanaka', 'x')").run();
    old.close();
    const { db, backup } = openDb(path, { mode: 'write', now });
    expect(schemaVersion(db)).toBe(LATEST_VERSION);
    expect(db.prepare('SELECT name FROM people').pluck().all()).toEqual(['Aiko Tanaka']);
    db.close();
    expect(backup).toMatch(/rel\.db\.schema1-.*\.bak$/);
    expect(mode(backup!)).toBe(0o600);
    const copy = new Database(backup!, { readonly: true });
    expect(schemaVersion(copy)).toBe(1);
    expect(copy.prepare('SELECT name FROM people').pluck().all()).toEqual(['Aiko Tanaka']);
    copy.close();
  });

  it('does not back up a brand-new db', () => {
    const dir = tempDir();
    openDb(join(dir, 'rel.db'), { mode: 'write', now }).db.close();
    expect(readdirSync(dir).filter((f) => f.endsWith('.bak'))).toEqual([]);
  });

  it('refuses a db from a newer rel and leaves it untouched', () => {
    const path = join(tempDir(), 'rel.db');
    const future = new Database(path);
    future.pragma(`user_version = ${LATEST_VERSION + 5}`);
    future.pragma(`application_id = ${APPLICATION_ID}`); // a newer rel marks its files as rel's
    future.close();
    const before = readFileSync(path);
    expect(() => openDb(path, { mode: 'write', now })).toThrowError(DataError);
    try {
      openDb(path, { mode: 'write', now });
    } catch (e) {
      expect((e as DataError<'dbNewer'>).key).toBe('dbNewer');
      expect((e as DataError<'dbNewer'>).data).toMatchObject({
        found: LATEST_VERSION + 5,
        known: LATEST_VERSION,
      });
    }
    expect(readFileSync(path).equals(before)).toBe(true);
  });

  it('refuses an SQLite file that is not a rel db', () => {
    const path = join(tempDir(), 'other.db');
    const other = new Database(path);
    other.exec('CREATE TABLE notes (x TEXT)');
    other.close();
    expect(() => openDb(path, { mode: 'write', now })).toThrow(expect.objectContaining({ key: 'dbNotRel' }));
  });

  it('refuses a file that is not a database at all', () => {
    const path = join(tempDir(), 'junk.db');
    writeFileSync(path, 'this is not sqlite, just some text '.repeat(200));
    const before = readFileSync(path);
    expect(() => openDb(path, { mode: 'write', now })).toThrow(expect.objectContaining({ key: 'dbCorrupt' }));
    expect(readFileSync(path).equals(before)).toBe(true);
  });
});

describe('the start-up open (openDbLean)', () => {
  it('takes the newest schema as current without loading the migrations: latest.ts matches the list', () => {
    expect(LEAN_SCHEMA_VERSION).toBe(MIGRATIONS[MIGRATIONS.length - 1]!.version);
  });

  it('opens a current db as openDb does, and upgrades an older one the same way, backup first', async () => {
    const dir = tempDir();
    const current = join(dir, 'current.db');
    openDb(current, { mode: 'write', now }).db.close();
    const lean = await openDbLean(current, { mode: 'write', now });
    expect(lean.backup).toBeUndefined();
    expect(lean.db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(lean.db.pragma('foreign_keys', { simple: true })).toBe(1);
    lean.db.close();

    const path = join(dir, 'old.db');
    const old = new Database(path);
    migrate(old, 2);
    old.prepare("INSERT INTO people (name, created_at) VALUES ('Aiko Tanaka', 'x')").run();
    old.close();
    const { db, backup } = await openDbLean(path, { mode: 'write', now });
    expect(schemaVersion(db)).toBe(LATEST_VERSION);
    expect(db.prepare('SELECT gives FROM person_stats').pluck().all()).toEqual([0]);
    db.close();
    expect(mode(backup!)).toBe(0o600);

    const future = join(dir, 'future.db');
    openDb(future, { mode: 'write', now }).db.close();
    const f = new Database(future);
    f.pragma(`user_version = ${LATEST_VERSION + 1}`);
    f.close();
    await expect(openDbLean(future, { mode: 'read', now })).rejects.toMatchObject({ key: 'dbNewer' });

    const missing = join(dir, 'missing.db');
    const empty = await openDbLean(missing, { mode: 'read', now });
    expect(empty.db.prepare('SELECT count(*) FROM people').pluck().get()).toBe(0);
    empty.db.close();
    expect(existsSync(missing)).toBe(false);
  });

  it('one language at a time: the per-language catalogues are the ones in i18n/index.ts', async () => {
    const { en, ja } = await import('../../src/i18n/index.js');
    const { loadCatalog } = await import('../../src/i18n/load.js');
    for (const [lang, whole] of [
      ['en', en],
      ['ja', ja],
    ] as const) {
      const one = await loadCatalog(lang);
      expect(Object.keys(one)).toEqual(Object.keys(whole));
      for (const k of Object.keys(whole) as (keyof typeof whole)[])
        if (k !== 'vocab') expect(one[k], `${lang}.${k}`).toBe(whole[k]);
      expect(one.vocab('mixer')).toBe(whole.vocab('mixer'));
    }
  });
});
