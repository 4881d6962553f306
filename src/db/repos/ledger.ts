import type { Db } from '../open.js';
import type { Direction, LedgerEntry, Touch } from '../../domain/types.js';
import type { LedgerKind } from '../../domain/vocab.js';

interface LedgerRow {
  id: number;
  person_id: number;
  direction: string;
  kind: string;
  what: string;
  date: string;
  event_id: number | null;
}

const toEntry = (r: LedgerRow): LedgerEntry => ({
  id: r.id,
  personId: r.person_id,
  direction: r.direction as Direction,
  kind: r.kind as LedgerKind,
  what: r.what,
  date: r.date,
  eventId: r.event_id,
});

export function insertLedger(db: Db, e: Omit<LedgerEntry, 'id'>, createdAt: string): number {
  return Number(
    db
      .prepare(
        'INSERT INTO ledger (person_id, direction, kind, what, date, event_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
      )
      .run(e.personId, e.direction, e.kind, e.what, e.date, e.eventId, createdAt).lastInsertRowid,
  );
}

export function ledgerFor(db: Db, personId: number): LedgerEntry[] {
  return (
    db.prepare('SELECT * FROM ledger WHERE person_id = ? ORDER BY date, id').all(personId) as LedgerRow[]
  ).map(toEntry);
}

export function allLedger(db: Db): LedgerEntry[] {
  return (db.prepare('SELECT * FROM ledger ORDER BY date, id').all() as LedgerRow[]).map(toEntry);
}

interface TouchRow {
  id: number;
  person_id: number;
  date: string;
  note: string | null;
  inbound: number;
}

const toTouch = (r: TouchRow): Touch => ({
  id: r.id,
  personId: r.person_id,
  date: r.date,
  note: r.note,
  inbound: r.inbound === 1,
});

export function insertTouch(db: Db, t: Omit<Touch, 'id'>, createdAt: string): number {
  return Number(
    db
      .prepare('INSERT INTO touches (person_id, date, note, inbound, created_at) VALUES (?, ?, ?, ?, ?)')
      .run(t.personId, t.date, t.note, t.inbound ? 1 : 0, createdAt).lastInsertRowid,
  );
}

export function touchesFor(db: Db, personId: number): Touch[] {
  return (
    db.prepare('SELECT * FROM touches WHERE person_id = ? ORDER BY date, id').all(personId) as TouchRow[]
  ).map(toTouch);
}

export function allTouches(db: Db): Touch[] {
  return (db.prepare('SELECT * FROM touches ORDER BY date, id').all() as TouchRow[]).map(toTouch);
}
