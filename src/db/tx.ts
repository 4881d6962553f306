import type { Db } from './open-core.js';

/**
 * Runs `fn` in one IMMEDIATE transaction: the write lock is taken at the start, so a second rel
 * writing at the same moment waits (busy timeout) instead of failing halfway, and a throw rolls
 * everything back.
 */
export function writeTx<T>(db: Db, fn: () => T): T {
  return db.transaction(fn).immediate();
}
