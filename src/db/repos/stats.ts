import type { Db } from '../open.js';

export interface PersonStats {
  gives: number;
  takes: number;
  /** The latest give, take, touch or shared event. */
  lastTouch: string | null;
}

/** Per-person counts and last touch, aggregated in SQL. */
export function personStats(db: Db, personId?: number): Map<number, PersonStats> {
  const where = personId === undefined ? '' : 'WHERE person_id = @id';
  const rows = db
    .prepare(
      `SELECT person_id AS id, sum(gives) AS gives, sum(takes) AS takes, max(last) AS last FROM (
         SELECT person_id, sum(direction = 'give') AS gives, sum(direction = 'take') AS takes, max(date) AS last
           FROM ledger ${where} GROUP BY person_id
         UNION ALL
         SELECT person_id, 0, 0, max(date) FROM touches ${where} GROUP BY person_id
         UNION ALL
         SELECT ep.person_id, 0, 0, max(e.date) FROM event_people ep JOIN events e ON e.id = ep.event_id
           ${personId === undefined ? '' : 'WHERE ep.person_id = @id'} GROUP BY ep.person_id
       ) GROUP BY person_id`,
    )
    .all(personId === undefined ? {} : { id: personId }) as {
    id: number;
    gives: number;
    takes: number;
    last: string | null;
  }[];
  return new Map(rows.map((r) => [r.id, { gives: r.gives, takes: r.takes, lastTouch: r.last }]));
}

/** How many records a person's removal deletes with them. */
export function historyCount(db: Db, id: number): number {
  return db
    .prepare(
      `SELECT (SELECT count(*) FROM ledger WHERE person_id = @id) + (SELECT count(*) FROM touches WHERE person_id = @id)
            + (SELECT count(*) FROM intros WHERE person_id = @id OR introducer_id = @id)`,
    )
    .pluck()
    .get({ id }) as number;
}
