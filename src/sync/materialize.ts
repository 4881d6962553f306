/**
 * Makes the user's rows match the synced state: records that should be here are inserted or
 * updated (parents first), the rest deleted (children first), writing only what differs. The
 * person_stats triggers and any other trigger-kept table follow these writes like any other.
 */
import type { Db } from '../db/open.js';
import { prep } from '../db/stmt.js';
import { hasId, SYNCED, TABLE_NAMES, type SyncedName, type SyncedTable } from './registry.js';
import type { Shadow } from './shadow.js';
import { keyOf, type Row, type World } from './world.js';

export interface Problem {
  table: string;
  uid: string;
  detail: string;
}

const same = (a: unknown, b: unknown): boolean => a === b || (a == null && b == null);

export function materialize(db: Db, w: World): Problem[] {
  const problems: Problem[] = [];
  w.forget();
  // Twice: the second pass sets optional links to records the first pass inserted after them.
  for (let pass = 0; pass < 2; pass++) for (const t of TABLE_NAMES) upserts(db, w, t, problems);
  for (const t of [...TABLE_NAMES].reverse()) deletes(db, w, t);
  return problems;
}

function upserts(db: Db, w: World, t: SyncedName, problems: Problem[]): void {
  const spec: SyncedTable = SYNCED[t];
  const base = w.base.get(t)!;
  for (const sh of hasId(spec) ? w.shadows.get(t)!.values() : oneForEachRow(w, t)) {
    if (!w.present(t, sh.uid)) continue;
    const exp = w.expected(sh);
    const key = hasId(spec) ? w.localKey(sh) : keyOf(spec, exp);
    if (!hasId(spec) && spec.key.some((c) => exp[c] === null)) continue;
    const row = key === null ? undefined : base.get(key);
    try {
      if (row) update(db, t, spec, sh, row, exp);
      else insert(db, w, t, spec, sh, exp);
    } catch (e) {
      problems.push({ table: t, uid: sh.uid, detail: (e as Error).message });
    }
  }
}

/**
 * Of a set table's records present here, one for each row they stand for. Two can come to stand for
 * the same row when a merge points both at one person: a need noted for each of two people, on two
 * devices, before one was merged into the other. The one written last wins (then the larger uid),
 * so every device keeps the same; taken in the order the shadows were loaded, the last one applied
 * won, and devices that loaded them in another order disagreed.
 */
function oneForEachRow(w: World, t: SyncedName): Shadow[] {
  const kept = new Map<string, Shadow>();
  for (const sh of w.shadows.get(t)!.values()) {
    if (!w.present(t, sh.uid)) continue;
    const key = w.localKey(sh);
    if (key === null) continue;
    const other = kept.get(key);
    if (other === undefined || writtenAfter(sh, other)) kept.set(key, sh);
  }
  return [...kept.values()];
}

/** The stamp of a record's latest write: a field's, or its coming back to life. */
const lastWrite = (sh: Shadow): string =>
  Object.values(sh.stamps).reduce((latest, s) => (s > latest ? s : latest), sh.live);

const writtenAfter = (a: Shadow, b: Shadow): boolean => {
  const [x, y] = [lastWrite(a), lastWrite(b)];
  return x > y || (x === y && a.uid > b.uid);
};

function update(db: Db, t: SyncedName, spec: SyncedTable, sh: Shadow, row: Row, exp: Row): void {
  const cols = spec.cols.filter((c) => !spec.key.includes(c) && !same(row[c], exp[c]));
  if (cols.length === 0) return;
  const where = hasId(spec) ? 'id = @id' : spec.key.map((c) => `${c} = @${c}`).join(' AND ');
  const params: Row = hasId(spec)
    ? { id: sh.rid }
    : Object.fromEntries(spec.key.map((c) => [c, exp[c] ?? null]));
  for (const c of cols) params[c] = exp[c] ?? null;
  db.transaction(() =>
    prep(db, `UPDATE ${t} SET ${cols.map((c) => `${c} = @${c}`).join(', ')} WHERE ${where}`).run(params),
  )();
  for (const c of cols) row[c] = exp[c] ?? null;
}

function insert(db: Db, w: World, t: SyncedName, spec: SyncedTable, sh: Shadow, exp: Row): void {
  const cols = spec.cols;
  const sql = `INSERT ${hasId(spec) ? '' : 'OR IGNORE '}INTO ${t} (${cols.join(', ')}) VALUES (${cols.map((c) => `@${c}`).join(', ')})`;
  const params = Object.fromEntries(cols.map((c) => [c, exp[c] ?? null]));
  const info = db.transaction(() => prep(db, sql).run(params))();
  if (hasId(spec)) {
    const rid = Number(info.lastInsertRowid);
    if (sh.rid !== null) w.byRid.get(t)!.delete(sh.rid);
    sh.rid = rid;
    sh.changed = true;
    w.byRid.get(t)!.set(rid, sh);
    w.base.get(t)!.set(JSON.stringify([rid]), { id: rid, ...params });
  } else w.base.get(t)!.set(keyOf(spec, exp), { ...params });
}

function deletes(db: Db, w: World, t: SyncedName): void {
  const spec: SyncedTable = SYNCED[t];
  const base = w.base.get(t)!;
  const keep = new Set<string>();
  for (const sh of w.shadows.get(t)!.values()) {
    if (w.present(t, sh.uid)) {
      const k = w.localKey(sh);
      if (k !== null) keep.add(k);
    } else if (hasId(spec) && sh.rid !== null) {
      w.byRid.get(t)!.delete(sh.rid);
      sh.rid = null;
      sh.changed = true;
    }
  }
  for (const [key, row] of base) {
    if (keep.has(key)) continue;
    const where = hasId(spec) ? 'id = @id' : spec.key.map((c) => `${c} = @${c}`).join(' AND ');
    const params = Object.fromEntries((hasId(spec) ? ['id'] : spec.key).map((c) => [c, row[c] ?? null]));
    prep(db, `DELETE FROM ${t} WHERE ${where}`).run(params);
    base.delete(key);
  }
}
