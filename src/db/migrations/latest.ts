/**
 * The schema version the start-up path (db/open-lean.ts) takes as current without loading the
 * migrations' SQL. Adding a migration? Raise it here too, or every command takes the slower full
 * open (still correct: any other version goes through db/open.ts). test/db/open.test.ts checks it.
 */
export const LEAN_SCHEMA_VERSION = 11;
