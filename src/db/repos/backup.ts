/** Raw rows for a lossless backup, and inserting them back with their ids and timestamps. */
import type { Db } from '../open.js';
import { prep } from '../stmt.js';
import { WRITABLE } from './people.js';

/** Every column of every table rel keeps, in a fixed order: the backup's shape. */
export const TABLES = {
  people: ['id', ...WRITABLE, 'created_at'],
  nicknames: ['person_id', 'nickname'],
  tags: ['person_id', 'tag'],
  contact_points: ['person_id', 'kind', 'value'],
  events: ['id', 'name', 'kind', 'purpose', 'date', 'cost', 'hours', 'for_person_id', 'created_at'],
  event_people: ['event_id', 'person_id'],
  ledger: ['id', 'person_id', 'direction', 'kind', 'what', 'date', 'event_id', 'offered', 'created_at'],
  touches: ['id', 'person_id', 'date', 'note', 'inbound', 'created_at', 'kind'],
  intros: ['id', 'introducer_id', 'person_id', 'date', 'created_at'],
  profile: ['key', 'value'],
  needs: ['person_id', 'what', 'noted_on'],
  important_dates: ['id', 'person_id', 'label', 'on_date', 'yearly', 'created_at'],
} as const;
export type TableName = keyof typeof TABLES;
/** Columns added after the first backups were written: their value when an older backup lacks them. */
const DEFAULTS: Record<string, number> = { offered: 0 };
export type Row = Record<string, string | number | null>;

export function readTable(db: Db, table: TableName): Row[] {
  const cols = TABLES[table];
  return prep(
    db,
    `SELECT ${cols.join(', ')} FROM ${table} ORDER BY ${cols.slice(0, 2).join(', ')}`,
  ).all() as Row[];
}

export function insertRows(db: Db, table: TableName, rows: readonly Row[]): void {
  const cols = TABLES[table];
  const stmt = prep(
    db,
    `INSERT INTO ${table} (${cols.join(', ')}) VALUES (${cols.map((c) => `@${c}`).join(', ')})`,
  );
  for (const r of rows) stmt.run(Object.fromEntries(cols.map((c) => [c, r[c] ?? DEFAULTS[c] ?? null])));
}

export function isEmpty(db: Db): boolean {
  return (
    (prep(
      db,
      'SELECT (SELECT count(*) FROM people) + (SELECT count(*) FROM events) + (SELECT count(*) FROM profile)',
    )
      .pluck()
      .get() as number) === 0
  );
}

/**
 * Nothing in it worth keeping: no people, events or profile, and no sync begun (a device that
 * synced with an empty folder keeps its identity). A db created by a run and left so is removed.
 */
export function isUntouched(db: Db): boolean {
  if (!isEmpty(db)) return false;
  const synced = prep(db, "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'sync_state'").get();
  return synced === undefined || prep(db, 'SELECT 1 FROM sync_state LIMIT 1').get() === undefined;
}

/** Lets a transaction insert rows that point at each other (people ↔ events) in any order. */
export function deferForeignKeys(db: Db): void {
  db.pragma('defer_foreign_keys = ON');
}

/** Inserts one row with a fresh id and returns it. */
export function insertFresh(
  db: Db,
  table: 'people' | 'events' | 'ledger' | 'touches' | 'intros',
  row: Row,
): number {
  insertRows(db, table, [{ ...row, id: null }]);
  return Number(prep(db, 'SELECT last_insert_rowid()').pluck().get());
}

export function findEventId(db: Db, e: Row): number | undefined {
  return prep(db, 'SELECT id FROM events WHERE name = ? AND date = ? AND kind = ?')
    .pluck()
    .get(e.name, e.date, e.kind) as number | undefined;
}

/** Whether an identical record is already there (so a backup imported twice adds nothing). */
export function hasSame(db: Db, table: 'ledger' | 'touches' | 'intros', r: Row): boolean {
  const sql = {
    ledger:
      'SELECT 1 FROM ledger WHERE person_id = @person_id AND direction = @direction AND kind = @kind AND what = @what AND date = @date',
    touches:
      'SELECT 1 FROM touches WHERE person_id = @person_id AND date = @date AND note IS @note AND inbound = @inbound',
    intros:
      'SELECT 1 FROM intros WHERE introducer_id = @introducer_id AND person_id = @person_id AND date = @date',
  }[table];
  const cols = [...sql.matchAll(/@(\w+)/g)].map((m) => m[1]!);
  return prep(db, sql).get(Object.fromEntries(cols.map((c) => [c, r[c] ?? null]))) !== undefined;
}

/** Whether the person already has a date under this label (ignoring case). */
export function hasDate(db: Db, personId: number, label: string): boolean {
  return (
    prep(db, 'SELECT 1 FROM important_dates WHERE person_id = ? AND label = ? COLLATE NOCASE').get(
      personId,
      label,
    ) !== undefined
  );
}

/** Fills a person's introducer and origin event where they have none. */
export function linkPerson(db: Db, id: number, introducer: number | null, originEvent: number | null): void {
  prep(
    db,
    'UPDATE people SET introducer_id = coalesce(introducer_id, ?), origin_event_id = coalesce(origin_event_id, ?) WHERE id = ?',
  ).run(introducer === id ? null : introducer, originEvent, id);
}

export function fillProfile(db: Db, rows: readonly Row[]): void {
  const ins = prep(db, 'INSERT OR IGNORE INTO profile (key, value) VALUES (?, ?)');
  for (const r of rows) ins.run(r.key, r.value);
}
