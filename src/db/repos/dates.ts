/** Important dates (exams, launches, anniversaries): rows in, rows out. */
import type { Db } from '../open.js';
import { prep } from '../stmt.js';

export interface ImportantDate {
  id: number;
  personId: number;
  /** The person's name, for lists across everyone. */
  name: string;
  label: string;
  on: string;
  yearly: boolean;
}

interface Row {
  id: number;
  person_id: number;
  name: string;
  label: string;
  on_date: string;
  yearly: number;
}

const SELECT =
  'SELECT d.id, d.person_id, p.name, d.label, d.on_date, d.yearly FROM important_dates d JOIN people p ON p.id = d.person_id';

const toDate = (r: Row): ImportantDate => ({
  id: r.id,
  personId: r.person_id,
  name: r.name,
  label: r.label,
  on: r.on_date,
  yearly: r.yearly === 1,
});

export function allDates(db: Db): ImportantDate[] {
  return (prep(db, `${SELECT} ORDER BY d.on_date, d.id`).all() as Row[]).map(toDate);
}

export function datesFor(db: Db, personId: number): ImportantDate[] {
  return (prep(db, `${SELECT} WHERE d.person_id = ? ORDER BY d.on_date, d.id`).all(personId) as Row[]).map(
    toDate,
  );
}

export function findDate(db: Db, personId: number, label: string): ImportantDate | undefined {
  const r = prep(db, `${SELECT} WHERE d.person_id = ? AND d.label = ? COLLATE NOCASE`).get(
    personId,
    label,
  ) as Row | undefined;
  return r ? toDate(r) : undefined;
}

/** Adds the date, or moves the one already under this label (the label keeps its new spelling). */
export function putDate(
  db: Db,
  d: { personId: number; label: string; on: string; yearly: boolean },
  stamp: string,
): number {
  const existing = findDate(db, d.personId, d.label);
  if (existing) {
    prep(db, 'UPDATE important_dates SET label = ?, on_date = ?, yearly = ? WHERE id = ?').run(
      d.label,
      d.on,
      d.yearly ? 1 : 0,
      existing.id,
    );
    return existing.id;
  }
  return Number(
    prep(
      db,
      'INSERT INTO important_dates (person_id, label, on_date, yearly, created_at) VALUES (?, ?, ?, ?, ?)',
    ).run(d.personId, d.label, d.on, d.yearly ? 1 : 0, stamp).lastInsertRowid,
  );
}

export function removeDate(db: Db, id: number): void {
  prep(db, 'DELETE FROM important_dates WHERE id = ?').run(id);
}
