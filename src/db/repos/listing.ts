/**
 * Everyone for `rel list`, in one pass, by name as the name index has them (list sorts them by its
 * collation; rows nearly in order take that sort a third of the comparisons): each person with their
 * introducer's name and their trigger-kept counts (person_stats), as rows of one JSON text (db/stmt.ts
 * jsonRows), then nicknames and tags. At 10,000 people this
 * makes a tenth of the objects that allPeople + personStats would (test/db/stats.test.ts checks the
 * result against those, byte for byte).
 */
import type { Db } from '../open.js';
import { jsonPages, prep } from '../stmt.js';

type S = string | null;
export type ListRow = [
  id: number,
  name: string,
  origin: string,
  introducerId: number | null,
  introducerName: S,
  met: S,
  every: S,
  circle: S,
  birthday: S,
  ahead: number,
  chemistry: number,
  target: number,
  studied: S,
  give: S,
  reason: S,
  snoozedUntil: S,
  org: S,
  reading: S,
  place: S,
  note: S,
  gives: number | null,
  takes: number | null,
  lastTouch: S,
];

export function listRows(db: Db): ListRow[] {
  // Pages of 25,000 (db/stmt.ts jsonPages): a huge network's people are never one text.
  return [
    ...jsonPages<ListRow>(
      db,
      [
        'p.id',
        'p.name',
        'p.origin',
        'i.id',
        'i.name',
        'p.met_on',
        'p.cadence',
        'p.circle',
        'p.birthday',
        'p.ahead',
        'p.chemistry',
        'p.target',
        'p.prep_studied',
        'p.prep_give',
        'p.prep_reason',
        'p.snoozed_until',
        'p.org',
        'p.reading',
        'p.place',
        'p.note',
        's.gives',
        's.takes',
        's.last_touch',
      ],
      `FROM people p
       LEFT JOIN people i ON i.id = p.introducer_id
       LEFT JOIN person_stats s ON s.person_id = p.id
      ORDER BY p.name COLLATE NOCASE, p.id`,
      25_000,
    ),
  ].flat();
}

/** Each person's nicknames or tags, sorted, keyed by person. */
export function labelsByPerson(db: Db, table: 'nicknames' | 'tags'): Map<number, string[]> {
  const col = table === 'nicknames' ? 'nickname' : 'tag';
  const out = new Map<number, string[]>();
  for (const [id, v] of prep(db, `SELECT person_id, ${col} FROM ${table} ORDER BY person_id, ${col}`)
    .raw()
    .all() as [number, string][]) {
    const list = out.get(id);
    if (list) list.push(v);
    else out.set(id, [v]);
  }
  return out;
}
