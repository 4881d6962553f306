/**
 * Sync across devices (rel sync): each synced row's random uid and its last known state per field
 * with hybrid-logical-clock stamps (tombstones included), this device's outgoing changes, what was
 * read from each file in the sync folder, and a clock. The tables the user sees are unchanged, so
 * numeric ids stay what the CLI shows (#12). The change-capture triggers are installed by the
 * first `rel sync` (sync/triggers.ts), so a db that never syncs writes exactly as before.
 */
export const version = 8;
export const name = 'sync';

export const sql = `
CREATE TABLE sync_rows (
  tbl         TEXT NOT NULL,
  uid         TEXT NOT NULL,
  rid         INTEGER,
  vals        TEXT NOT NULL DEFAULT '{}',
  stamps      TEXT NOT NULL DEFAULT '{}',
  live        TEXT NOT NULL DEFAULT '',
  dead        TEXT NOT NULL DEFAULT '',
  into_uid    TEXT,
  into_stamp  TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (tbl, uid)
) STRICT, WITHOUT ROWID;
CREATE UNIQUE INDEX sync_rows_by_rid ON sync_rows(tbl, rid) WHERE rid IS NOT NULL;

CREATE TABLE sync_dirty (
  tbl TEXT NOT NULL,
  k   TEXT NOT NULL,
  hlc INTEGER NOT NULL,
  PRIMARY KEY (tbl, k)
) STRICT, WITHOUT ROWID;

CREATE TABLE sync_clock (
  id  INTEGER PRIMARY KEY CHECK (id = 1),
  hlc INTEGER NOT NULL
) STRICT;
INSERT INTO sync_clock (id, hlc) VALUES (1, 0);

CREATE TABLE sync_merges (
  from_id INTEGER NOT NULL,
  into_id INTEGER NOT NULL
) STRICT;

CREATE TABLE sync_outbox (
  seq  INTEGER PRIMARY KEY,
  line TEXT NOT NULL,
  enc  TEXT
) STRICT;

CREATE TABLE sync_files (
  file     TEXT PRIMARY KEY,
  device   TEXT NOT NULL,
  name     TEXT,
  lines    INTEGER NOT NULL,
  hash     TEXT NOT NULL,
  last_h   INTEGER NOT NULL DEFAULT 0,
  changes  INTEGER NOT NULL DEFAULT 0,
  read_at  TEXT NOT NULL
) STRICT;

CREATE TABLE sync_state (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
) STRICT, WITHOUT ROWID;
`;
