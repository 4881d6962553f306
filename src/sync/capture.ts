/**
 * This device's changes since its last sync: every user row is compared with its record's synced
 * state; new rows get a uid (or, on a device joining with its own copy, the uid of the same record
 * already in the folder), changed fields and removals become changes stamped with the time the
 * trigger saw them (or now, for changes made before sync was set up).
 */
import { randomUUID } from 'node:crypto';
import type { Db } from '../db/open.js';
import { stamp, tick } from './clock.js';
import { hasId, SYNCED, TABLE_NAMES, type SyncedName, type SyncedTable } from './registry.js';
import { emptyShadow, mergeChange, type Change, type Shadow } from './shadow.js';
import { dirtyRows } from './triggers.js';
import { naturalUid, type Row, type World } from './world.js';

const same = (a: unknown, b: unknown): boolean => a === b || (a == null && b == null);

export class Capture {
  readonly changes: Change[] = [];
  private dirty: Map<string, Map<string, number>>;
  private merges: Map<number, number>;
  private adoptable = new Map<SyncedName, Map<string, string[]>>();

  constructor(
    private db: Db,
    private w: World,
    private device: string,
  ) {
    this.dirty = dirtyRows(db);
    this.merges = new Map(
      (
        db.prepare('SELECT from_id, into_id FROM sync_merges').all() as { from_id: number; into_id: number }[]
      ).map((r) => [r.from_id, r.into_id]),
    );
  }

  private stampFor(t: SyncedName, key: string): { s: string; edited: boolean } {
    const h = this.dirty.get(t)?.get(key);
    return { s: stamp(h ?? tick(this.db), this.device), edited: h !== undefined };
  }

  private emit(sh: Shadow, c: Omit<Change, 't' | 'id'>): void {
    const change: Change = { t: sh.tbl, id: sh.uid, ...c };
    mergeChange(sh, change);
    this.changes.push(change);
  }

  /**
   * Pass 1, parents first: every row gets its record, so links resolve. A row that was not written
   * under sync (a device joining with its own copy, a restored backup) takes the uid of the same
   * record from the folder when there is one, and the folder's version of it.
   */
  assignUids(remote: readonly Change[]): void {
    for (const t of TABLE_NAMES) {
      const spec: SyncedTable = SYNCED[t];
      if (!hasId(spec)) continue;
      const byRid = this.w.byRid.get(t)!;
      const shadows = this.w.shadows.get(t)!;
      for (const [key, row] of this.w.base.get(t)!) {
        const rid = row.id as number;
        if (byRid.has(rid)) continue;
        const { s, edited } = this.stampFor(t, key);
        const uid = edited ? undefined : this.adopt(t, row, remote);
        let sh = uid === undefined ? undefined : shadows.get(uid);
        if (uid !== undefined && !sh) shadows.set(uid, (sh = emptyShadow(t, uid)));
        if (sh) this.adopted.add(sh);
        else shadows.set((sh = emptyShadow(t, randomUUID())).uid, sh);
        sh.rid = rid;
        sh.changed = true;
        byRid.set(rid, sh);
        if (!this.adopted.has(sh)) this.emit(sh, { s, f: this.w.portable(t, row) });
      }
    }
    this.w.forget();
  }

  /** Records adopted by rows written before sync: the folder's version wins, nothing is sent. */
  private adopted = new Set<Shadow>();

  /** A record this unsynced row is a copy of (same match columns), not yet tied to a row here. */
  private adopt(t: SyncedName, row: Row, remote: readonly Change[]): string | undefined {
    const spec: SyncedTable = SYNCED[t];
    const cols = spec.match ?? spec.cols;
    const sigOf = (vals: Record<string, unknown>) => JSON.stringify(cols.map((c) => vals[c] ?? null));
    let index = this.adoptable.get(t);
    if (!index) {
      index = new Map();
      const shadows = this.w.shadows.get(t)!;
      const put = (sig: string, uid: string) => {
        const list = index!.get(sig) ?? [];
        if (!list.includes(uid)) index!.set(sig, [...list, uid]);
      };
      for (const sh of shadows.values()) if (sh.rid === null) put(sigOf(sh.vals), sh.uid);
      for (const c of remote) {
        if (c.t !== t || !c.f || !cols.every((k) => k in c.f!)) continue;
        const sh = shadows.get(c.id);
        if (!sh || sh.rid === null) put(sigOf(c.f), c.id);
      }
      this.adoptable.set(t, index);
    }
    return index.get(sigOf(this.w.portable(t, row)))?.shift();
  }

  /** Pass 2: changed fields, new set rows, removals. */
  diff(): void {
    for (const t of TABLE_NAMES) {
      const spec: SyncedTable = SYNCED[t];
      const base = this.w.base.get(t)!;
      if (hasId(spec)) {
        for (const [key, row] of base) {
          const sh = this.w.byRid.get(t)!.get(row.id as number)!;
          if (!this.adopted.has(sh)) this.fields(sh, row, undefined, key);
        }
      } else this.setRows(t, spec, base);
      for (const sh of this.w.shadows.get(t)!.values()) this.removed(t, spec, sh, base);
      this.w.forget();
    }
  }

  private fields(sh: Shadow, row: Row, s?: string, key?: string): void {
    const exp = this.w.expected(sh);
    const cols = SYNCED[sh.tbl].cols.filter((c: string) => !same(exp[c], row[c]));
    if (cols.length === 0) return;
    const portable = this.w.portable(sh.tbl, row);
    const f = Object.fromEntries(cols.map((c: string) => [c, portable[c] ?? null]));
    this.emit(sh, { s: s ?? this.stampFor(sh.tbl, key!).s, f });
  }

  private setRows(t: SyncedName, spec: SyncedTable, base: Map<string, Row>): void {
    const expected = new Map<string, Shadow>();
    for (const sh of this.w.shadows.get(t)!.values()) {
      if (!this.w.present(t, sh.uid)) continue;
      const k = this.w.localKey(sh);
      if (k !== null) expected.set(k, sh);
    }
    for (const [key, row] of base) {
      const had = expected.get(key);
      if (had) {
        this.fields(had, row, undefined, key);
        continue;
      }
      const portable = this.w.portable(t, row);
      const uid = naturalUid(spec, portable);
      let sh = this.w.shadow(t, uid);
      if (!sh) this.w.shadows.get(t)!.set(uid, (sh = emptyShadow(t, uid)));
      this.emit(sh, { s: this.stampFor(t, key).s, f: portable });
      this.w.forget();
    }
  }

  private removed(t: SyncedName, spec: SyncedTable, sh: Shadow, base: Map<string, Row>): void {
    if (!this.w.present(t, sh.uid)) return;
    const key = this.w.localKey(sh);
    if (key === null || base.has(key)) return;
    const local = key;
    if (hasId(spec)) {
      this.w.byRid.get(t)!.delete(sh.rid!);
      sh.rid = null;
      sh.changed = true;
    }
    // Removed with its parent (rel rm of a person takes their history): the parent's removal says it all.
    const orphaned = Object.entries(spec.refs ?? {}).some(
      ([c, ref]) => ref.own && !this.baseHas(ref.to, this.w.expected(sh)[c] ?? null),
    );
    if (orphaned) return;
    const into = t === 'people' ? this.mergedInto(local) : undefined;
    const { s } = this.stampFor(t, local);
    this.emit(sh, into ? { s, del: true, into } : { s, del: true });
  }

  private baseHas(t: SyncedName, rid: unknown): boolean {
    return typeof rid === 'number' && this.w.base.get(t)!.has(JSON.stringify([rid]));
  }

  private mergedInto(localKey: string): string | undefined {
    const rid = (JSON.parse(localKey) as number[])[0]!;
    const into = this.merges.get(rid);
    return into === undefined ? undefined : (this.w.uidFor('people', into) ?? undefined);
  }
}
