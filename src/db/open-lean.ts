/**
 * Opening the store on the start-up path: when the schema is current (nearly every run), the
 * migrations' SQL is never loaded; an older schema, a new file or a missing one goes through
 * db/open.ts, which migrates.
 *
 * The commands started here read a table once or write a row: SQLite's page cache is set back to its
 * stock 2 MB. better-sqlite3 builds SQLite with 16 MB, which a large review filled (~15 MB of its
 * peak memory) without reading any page twice.
 */
import { NeedsMigration, openWith, type Opened, type OpenOptions } from './open-core.js';

/** SQLite's page cache for the start-up path's commands, in KiB (negative: a size, not pages). */
export const LEAN_CACHE_KB = -2000;

export async function openDbLean(path: string, opts: OpenOptions): Promise<Opened> {
  let opened: Opened;
  try {
    opened = openWith(path, opts, undefined);
  } catch (e) {
    if (!(e instanceof NeedsMigration)) throw e;
    opened = (await import('./open.js')).openDb(path, opts);
  }
  opened.db.pragma(`cache_size = ${LEAN_CACHE_KB}`);
  return opened;
}
