/**
 * The last known state of every synced record: its values (links as uids), a stamp per field, the
 * latest upsert and removal stamps, and where it was merged into. Merging a change into it takes,
 * field by field, the value with the latest stamp, so applying changes in any order, or twice,
 * ends in the same state on every device.
 */
import type { Db } from '../db/open.js';
import { prep } from '../db/stmt.js';
import type { SyncedName } from './registry.js';

export type Val = string | number | null;

export interface Shadow {
  tbl: SyncedName;
  uid: string;
  rid: number | null;
  vals: Record<string, Val>;
  stamps: Record<string, string>;
  live: string;
  dead: string;
  into: string | null;
  intoStamp: string;
  changed?: boolean;
}

/** One change, as written to and read from the sync files. */
export interface Change {
  t: SyncedName;
  id: string;
  /** The change's stamp (clock value and device). */
  s: string;
  f?: Record<string, Val>;
  del?: true;
  into?: string;
}

interface Stored {
  uid: string;
  rid: number | null;
  vals: string;
  stamps: string;
  live: string;
  dead: string;
  into_uid: string | null;
  into_stamp: string;
}

/** Stamps are stored grouped ({stamp: [fields]}): a record written once carries one stamp. */
function packStamps(stamps: Record<string, string>): string {
  const by: Record<string, string[]> = {};
  for (const [col, s] of Object.entries(stamps)) (by[s] ??= []).push(col);
  return JSON.stringify(by);
}

function unpackStamps(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [s, cols] of Object.entries(JSON.parse(text) as Record<string, string[]>))
    for (const c of cols) out[c] = s;
  return out;
}

export function loadShadows(db: Db, tbl: SyncedName): Map<string, Shadow> {
  const rows = prep(
    db,
    'SELECT uid, rid, vals, stamps, live, dead, into_uid, into_stamp FROM sync_rows WHERE tbl = ?',
  ).all(tbl) as Stored[];
  const out = new Map<string, Shadow>();
  for (const r of rows) {
    out.set(r.uid, {
      tbl,
      uid: r.uid,
      rid: r.rid,
      vals: JSON.parse(r.vals) as Record<string, Val>,
      stamps: unpackStamps(r.stamps),
      live: r.live,
      dead: r.dead,
      into: r.into_uid,
      intoStamp: r.into_stamp,
    });
  }
  return out;
}

export function saveShadow(db: Db, s: Shadow): void {
  prep(
    db,
    `INSERT INTO sync_rows (tbl, uid, rid, vals, stamps, live, dead, into_uid, into_stamp)
     VALUES (@tbl, @uid, @rid, @vals, @stamps, @live, @dead, @into, @intoStamp)
     ON CONFLICT (tbl, uid) DO UPDATE SET rid = excluded.rid, vals = excluded.vals, stamps = excluded.stamps,
       live = excluded.live, dead = excluded.dead, into_uid = excluded.into_uid, into_stamp = excluded.into_stamp`,
  ).run({ ...s, vals: JSON.stringify(s.vals), stamps: packStamps(s.stamps) });
}

export const emptyShadow = (tbl: SyncedName, uid: string): Shadow => ({
  tbl,
  uid,
  rid: null,
  vals: {},
  stamps: {},
  live: '',
  dead: '',
  into: null,
  intoStamp: '',
  changed: true,
});

/** Merges one change into a record's state; true when anything moved. */
export function mergeChange(sh: Shadow, c: Change): boolean {
  let moved = false;
  if (c.del) {
    if (c.into !== undefined) {
      if (c.s > sh.intoStamp) [sh.into, sh.intoStamp, moved] = [c.into, c.s, true];
    } else if (c.s > sh.dead) [sh.dead, moved] = [c.s, true];
  } else {
    if (c.s > sh.live) [sh.live, moved] = [c.s, true];
    for (const [col, v] of Object.entries(c.f ?? {})) {
      if (c.s > (sh.stamps[col] ?? '')) {
        sh.vals[col] = v;
        sh.stamps[col] = c.s;
        moved = true;
      }
    }
  }
  if (moved) sh.changed = true;
  return moved;
}

/** Not removed (or brought back by a later edit) and not merged into another record. */
export const alive = (sh: Shadow, intoIgnored = false): boolean =>
  (sh.into === null || intoIgnored) && sh.live > sh.dead;
