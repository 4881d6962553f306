/**
 * Everything sync compares at once: the rows the user sees (by local key) and every record's
 * synced state (by uid), with the rules that tie them: which records are present (alive, and their
 * parents present), and where links point once merges are followed.
 */
import type { Db } from '../db/open.js';
import { hasId, SYNCED, TABLE_NAMES, type SyncedName, type SyncedTable } from './registry.js';
import { alive, loadShadows, type Shadow, type Val } from './shadow.js';

export type Row = Record<string, Val>;

const MAX_HOPS = 64;

export class World {
  readonly shadows = new Map<SyncedName, Map<string, Shadow>>();
  readonly byRid = new Map<SyncedName, Map<number, Shadow>>();
  /** The user's rows: local key (JSON array of the key columns) → row. */
  readonly base = new Map<SyncedName, Map<string, Row>>();
  private presence = new Map<string, boolean>();

  constructor(readonly db: Db) {
    for (const t of TABLE_NAMES) {
      const shadows = loadShadows(db, t);
      this.shadows.set(t, shadows);
      const byRid = new Map<number, Shadow>();
      for (const s of shadows.values()) if (s.rid !== null) byRid.set(s.rid, s);
      this.byRid.set(t, byRid);
      this.base.set(t, this.loadBase(t));
    }
  }

  private loadBase(t: SyncedName): Map<string, Row> {
    const spec: SyncedTable = SYNCED[t];
    const cols = hasId(spec) ? ['id', ...spec.cols] : spec.cols;
    const rows = this.db.prepare(`SELECT ${cols.join(', ')} FROM ${t}`).all() as Row[];
    return new Map(rows.map((r) => [keyOf(spec, r), r]));
  }

  /** Call after records change: presence is cached. */
  forget(): void {
    this.presence.clear();
  }

  shadow(t: SyncedName, uid: string): Shadow | undefined {
    return this.shadows.get(t)!.get(uid);
  }

  /** Follows merges: the record a uid now stands for (a merge cycle stops at its smallest uid). */
  final(t: SyncedName, uid: string): string {
    const seen: string[] = [];
    let cur = uid;
    for (let i = 0; i < MAX_HOPS; i++) {
      const sh = this.shadow(t, cur);
      if (!sh || sh.into === null || this.inCycleHead(t, sh)) return cur;
      seen.push(cur);
      cur = sh.into;
    }
    return cur;
  }

  /** In a cycle of merges (A into B on one device, B into A on another), the smallest uid stays. */
  private inCycleHead(t: SyncedName, sh: Shadow): boolean {
    const cycle: string[] = [sh.uid];
    let cur = sh.into;
    for (let i = 0; i < MAX_HOPS && cur !== null; i++) {
      if (cur === sh.uid) return cycle.every((u) => u >= sh.uid);
      cycle.push(cur);
      cur = this.shadow(t, cur)?.into ?? null;
    }
    return false;
  }

  /** Alive, not merged away, and every parent it cannot exist without present too. */
  present(t: SyncedName, uid: string, depth = 0): boolean {
    const memo = `${t}\u0000${uid}`;
    const known = this.presence.get(memo);
    if (known !== undefined) return known;
    const sh = this.shadow(t, uid);
    let ok = sh !== undefined && alive(sh, sh.into !== null && this.inCycleHead(t, sh)) && depth < MAX_HOPS;
    if (ok) {
      for (const [col, ref] of Object.entries((SYNCED[t] as SyncedTable).refs ?? {})) {
        if (!ref.own) continue;
        const v = sh!.vals[col];
        if (typeof v !== 'string' || !this.present(ref.to, this.final(ref.to, v), depth + 1)) ok = false;
      }
    }
    this.presence.set(memo, ok);
    return ok;
  }

  /** The local id a link (uid) resolves to, or null when that record is not here. */
  ridFor(t: SyncedName, uid: Val): number | null {
    if (typeof uid !== 'string') return null;
    const target = this.final(t, uid);
    if (!this.present(t, target)) return null;
    return this.shadow(t, target)?.rid ?? null;
  }

  /** The uid of a local row (after capture every row has one). */
  uidFor(t: SyncedName, rid: Val): string | null {
    if (typeof rid !== 'number') return null;
    return this.byRid.get(t)!.get(rid)?.uid ?? null;
  }

  /** What the user's row should hold for a record: links as local ids (null when not here). */
  expected(sh: Shadow): Row {
    const spec: SyncedTable = SYNCED[sh.tbl];
    const out: Row = {};
    for (const c of spec.cols) {
      const ref = spec.refs?.[c];
      out[c] = ref ? this.ridFor(ref.to, sh.vals[c] ?? null) : (sh.vals[c] ?? null);
    }
    return out;
  }

  /** A row's values as written to the files: links as uids. */
  portable(t: SyncedName, row: Row): Row {
    const spec: SyncedTable = SYNCED[t];
    const out: Row = {};
    for (const c of spec.cols) {
      const ref = spec.refs?.[c];
      out[c] = ref ? this.uidFor(ref.to, row[c] ?? null) : (row[c] ?? null);
    }
    return out;
  }

  /** Where a record sits among the user's rows, or null when it cannot sit anywhere now. */
  localKey(sh: Shadow): string | null {
    const spec: SyncedTable = SYNCED[sh.tbl];
    if (hasId(spec)) return sh.rid === null ? null : JSON.stringify([sh.rid]);
    const exp = this.expected(sh);
    if (spec.key.some((c) => exp[c] === null || exp[c] === undefined)) return null;
    return keyOf(spec, exp);
  }
}

export const keyOf = (spec: SyncedTable, row: Row): string =>
  JSON.stringify(spec.key.map((c) => row[c] ?? null));

/** A set row's uid: its key columns, links as uids. */
export const naturalUid = (spec: SyncedTable, portable: Row): string =>
  JSON.stringify(spec.key.map((c) => portable[c] ?? null));
