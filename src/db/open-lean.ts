/**
 * Opening the store on the start-up path: when the schema is current (nearly every run), the
 * migrations' SQL is never loaded; an older schema, a new file or a missing one goes through
 * db/open.ts, which migrates.
 */
import { NeedsMigration, openWith, type Opened, type OpenOptions } from './open-core.js';

export async function openDbLean(path: string, opts: OpenOptions): Promise<Opened> {
  try {
    return openWith(path, opts, undefined);
  } catch (e) {
    if (!(e instanceof NeedsMigration)) throw e;
    return (await import('./open.js')).openDb(path, opts);
  }
}
