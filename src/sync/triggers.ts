/**
 * Change capture: for every synced table, three small triggers note which row changed and when
 * (a clock tick), so a change made today and synced next week still carries today's stamp. Which
 * fields changed is worked out at sync time by comparing the row with its last synced state, so the
 * triggers never list columns: a column added to the registry needs no new trigger. Installed by
 * `rel sync` itself (idempotent), so a db that never syncs pays nothing on its writes.
 */
import type { Db } from '../db/open.js';
import { TICK_SQL } from './clock.js';
import { SYNCED, TABLE_NAMES, type SyncedName } from './registry.js';

function triggerSql(t: SyncedName): string {
  const key = (row: string) => `json_array(${SYNCED[t].key.map((c) => `${row}.${c}`).join(', ')})`;
  const one = (event: string, row: string) => `
CREATE TRIGGER IF NOT EXISTS sync_dirty_${t}_${event.toLowerCase()} AFTER ${event} ON ${t} BEGIN
  ${TICK_SQL};
  INSERT INTO sync_dirty (tbl, k, hlc) VALUES ('${t}', ${key(row)}, (SELECT hlc FROM sync_clock))
    ON CONFLICT (tbl, k) DO UPDATE SET hlc = excluded.hlc;
END;`;
  return one('INSERT', 'NEW') + one('UPDATE', 'NEW') + one('DELETE', 'OLD');
}

export function installTriggers(db: Db): void {
  const have = new Set(
    db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'sync_dirty_%'")
      .pluck()
      .all(),
  );
  for (const t of TABLE_NAMES) {
    if (!have.has(`sync_dirty_${t}_delete`)) db.exec(triggerSql(t));
  }
}

/** Rows changed since the last sync, by table: key (JSON of the key columns) → clock. */
export function dirtyRows(db: Db): Map<string, Map<string, number>> {
  const out = new Map<string, Map<string, number>>();
  const rows = db.prepare('SELECT tbl, k, hlc FROM sync_dirty').all() as {
    tbl: string;
    k: string;
    hlc: number;
  }[];
  for (const r of rows) {
    let m = out.get(r.tbl);
    if (!m) out.set(r.tbl, (m = new Map()));
    m.set(r.k, r.hlc);
  }
  return out;
}

export function clearDirty(db: Db): void {
  db.prepare('DELETE FROM sync_dirty').run();
}
