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

/** The columns of rows of type T: one array per column, all of one length, in row order. */
export type Columns<T extends readonly unknown[]> = { -readonly [K in keyof T]: T[K][] };

/**
 * jsonRows as columns: `SELECT <columns> <rest>` as one JSON array per column, each built by SQLite
 * and parsed at once. JSON.parse then makes a few long arrays rather than an array per row: the
 * window's takes on a huge network parse in a third of the time, with far less garbage. Each
 * aggregate steps through the same rows together, so the columns line up row for row.
 */
export function jsonColumns<T extends readonly unknown[]>(
  db: Db,
  columns: readonly string[],
  rest: string,
  ...params: unknown[]
): Columns<T> {
  const as = columns.map((c, i) => `${c} AS c${i}`).join(', ');
  const cols = columns.map((_, i) => `json_group_array(c${i})`).join(', ');
  const texts = prep(db, `SELECT ${cols} FROM (SELECT ${as} ${rest})`)
    .raw()
    .get(...params) as string[];
  const out: unknown[][] = new Array<unknown[]>(texts.length);
  for (let i = 0; i < texts.length; i++) out[i] = JSON.parse(texts[i]!) as unknown[];
  return out as Columns<T>;
}

/**
 * `read` a page of `size` rows at a time (LIMIT and OFFSET over `rest`, whose ORDER BY an index or
 * the rowid must serve, or every page sorts again), so one text and its parsed rows stay bounded
 * however many there are: a huge network's 100,000 people come in four pages.
 */
function* paged<P>(
  rest: string,
  size: number,
  read: (rest: string) => P,
  count: (page: P) => number,
): Generator<P> {
  for (let offset = 0; ; offset += size) {
    const page = read(`${rest} LIMIT ${size} OFFSET ${offset}`);
    const n = count(page);
    if (n > 0) yield page;
    if (n < size) return;
  }
}

/** jsonRows a page at a time (see paged). */
export function jsonPages<T extends readonly unknown[]>(
  db: Db,
  columns: readonly string[],
  rest: string,
  size: number,
  ...params: unknown[]
): Generator<T[]> {
  return paged(
    rest,
    size,
    (r) => jsonRows<T>(db, columns, r, ...params),
    (rows) => rows.length,
  );
}

/** jsonColumns a page at a time (see paged). */
export function jsonColumnPages<T extends readonly unknown[]>(
  db: Db,
  columns: readonly string[],
  rest: string,
  size: number,
  ...params: unknown[]
): Generator<Columns<T>> {
  return paged(
    rest,
    size,
    (r) => jsonColumns<T>(db, columns, r, ...params),
    (cols) => (cols[0] as unknown[]).length,
  );
}
