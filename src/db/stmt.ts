import type { Statement } from 'better-sqlite3';
import type { Db } from './open-core.js';

const caches = new WeakMap<Db, Map<string, Statement>>();

/** A prepared statement, reused for the same SQL on the same connection (imports run thousands). */
export function prep(db: Db, sql: string): Statement {
  let cache = caches.get(db);
  if (!cache) caches.set(db, (cache = new Map()));
  let s = cache.get(sql);
  if (!s) {
    if (cache.size > 500) cache.clear();
    cache.set(sql, (s = db.prepare(sql)));
  }
  return s;
}

/**
 * The rows of `SELECT <columns> <rest>` as arrays, built by SQLite as one JSON text and parsed at
 * once: one value crosses into JavaScript instead of every column of every row, and JSON.parse makes
 * the arrays in bulk. The rows keep the order of `rest` (the inner query is a co-routine the
 * aggregate reads in order). Numbers, text and NULL only: no blobs, no integers beyond 2^53 (doubles
 * come back to the last bit: SQLite writes them with 17 digits, test/db/json-rows.test.ts).
 */
export function jsonRows<T extends readonly unknown[]>(
  db: Db,
  columns: readonly string[],
  rest: string,
  ...params: unknown[]
): T[] {
  const as = columns.map((c, i) => `${c} AS c${i}`).join(', ');
  const cols = columns.map((_, i) => `c${i}`).join(', ');
  const sql = `SELECT json_group_array(json_array(${cols})) FROM (SELECT ${as} ${rest})`;
  return JSON.parse(
    prep(db, sql)
      .pluck()
      .get(...params) as string,
  ) as T[];
}

/**
 * jsonRows a page of `size` rows at a time (LIMIT and OFFSET over `rest`, whose ORDER BY an index or
 * the rowid must serve, or every page sorts again), so one text and its parsed rows stay bounded
 * however many there are: a huge network's 100,000 people come in four pages.
 */
export function* jsonPages<T extends readonly unknown[]>(
  db: Db,
  columns: readonly string[],
  rest: string,
  size: number,
  ...params: unknown[]
): Generator<T[]> {
  for (let offset = 0; ; offset += size) {
    const rows = jsonRows<T>(db, columns, `${rest} LIMIT ${size} OFFSET ${offset}`, ...params);
    if (rows.length > 0) yield rows;
    if (rows.length < size) return;
  }
}
