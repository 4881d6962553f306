/** What a person is working on or needs now, with the day you noted it. */
import type { Db } from '../open.js';
import { prep } from '../stmt.js';
import { inList } from './ledger.js';
import type { Need } from '../../domain/types.js';

export function getNeed(db: Db, personId: number): Need | null {
  const r = prep(db, 'SELECT what, noted_on FROM needs WHERE person_id = ?').get(personId) as
    { what: string; noted_on: string } | undefined;
  return r ? { what: r.what, on: r.noted_on } : null;
}

/** Sets or (with null) clears a person's need. */
export function setNeed(db: Db, personId: number, need: Need | null): void {
  if (need === null) prep(db, 'DELETE FROM needs WHERE person_id = ?').run(personId);
  else
    // An upsert, not INSERT OR REPLACE: a replace would not fire the search index's delete trigger.
    prep(
      db,
      'INSERT INTO needs (person_id, what, noted_on) VALUES (?, ?, ?) ON CONFLICT (person_id) DO UPDATE SET what = excluded.what, noted_on = excluded.noted_on',
    ).run(personId, need.what, need.on);
}

export function allNeeds(db: Db, personIds?: readonly number[]): Map<number, Need> {
  const rows = prep(
    db,
    `SELECT person_id, what, noted_on FROM needs ${personIds ? `WHERE person_id ${inList(personIds)}` : ''}`,
  )
    .raw()
    .all() as [number, string, string][];
  return new Map(rows.map(([id, what, on]) => [id, { what, on }]));
}
