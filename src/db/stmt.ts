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
