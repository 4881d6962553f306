import type { Db } from '../open.js';
import { prep } from '../stmt.js';
import type { Activity } from '../../domain/reminders.js';
import { LOW_YIELD_KINDS } from '../../domain/vocab.js';

export interface PersonStats {
  gives: number;
  takes: number;
  /** The latest give, take, touch or shared event. */
  lastTouch: string | null;
}

/**
 * Per-person counts and last touch, as the person_stats triggers keep them (migration 0003): one
 * row per person, so listing 10,000 people costs the same after ten years of history as after one.
 * test/db/stats.test.ts checks this against a GROUP BY over all history, byte for byte.
 */
export function personStats(db: Db, personId?: number): Map<number, PersonStats> {
  const rows = prep(
    db,
    `SELECT person_id, gives, takes, last_touch FROM person_stats ${personId === undefined ? '' : 'WHERE person_id = ?'}`,
  )
    .raw()
    .all(...(personId === undefined ? [] : [personId])) as [number, number, number, string | null][];
  const out = new Map<number, PersonStats>();
  for (const [id, gives, takes, lastTouch] of rows) out.set(id, { gives, takes, lastTouch });
  return out;
}

/** How many records a person's removal deletes with them. */
export function historyCount(db: Db, id: number): number {
  return prep(
    db,
    `SELECT (SELECT count(*) FROM ledger WHERE person_id = @id) + (SELECT count(*) FROM touches WHERE person_id = @id)
            + (SELECT count(*) FROM intros WHERE person_id = @id OR introducer_id = @id)
            + (SELECT count(*) FROM event_people WHERE person_id = @id)
            + (SELECT count(*) FROM events WHERE for_person_id = @id
                 AND id NOT IN (SELECT event_id FROM event_people WHERE person_id = @id))`,
  )
    .pluck()
    .get({ id }) as number;
}

/**
 * The latest give, take, touch or shared event with each of these people, in one pass for all of
 * them. `latest` (the person's last touch as person_stats keeps it) lets it read only the rows of
 * that day on, through the (person, date) indexes; for someone it finds nothing for there (a stale
 * hint) the whole history is read, one query each, as without it.
 */
export function lastActivityFor(
  db: Db,
  ids: readonly number[],
  latest?: (id: number) => string | null,
): Map<number, Activity> {
  const out = new Map<number, Activity>();
  if (ids.length === 0) return out;
  const since = ids.map((id) => [id, latest?.(id) ?? ''] as const);
  const rows = prep(
    db,
    `WITH due(id, since) AS (SELECT json_extract(value, '$[0]'), json_extract(value, '$[1]') FROM json_each(?))
     SELECT person_id, date, what, type FROM (
       SELECT person_id, date, what, type,
              row_number() OVER (PARTITION BY person_id ORDER BY date DESC, rank DESC, id DESC) AS n
         FROM (SELECT l.person_id, l.date, l.what, l.direction AS type, 2 AS rank, l.id
                 FROM due JOIN ledger l ON l.person_id = due.id AND l.date >= due.since
               UNION ALL SELECT t.person_id, t.date, coalesce(t.note, ''), 'touch', 1, t.id
                 FROM due JOIN touches t ON t.person_id = due.id AND t.date >= due.since
               UNION ALL SELECT ep.person_id, e.date, e.name, 'event', 0, e.id
                 FROM due JOIN event_people ep ON ep.person_id = due.id
                          JOIN events e ON e.id = ep.event_id AND e.date >= due.since))
      WHERE n = 1`,
  )
    .raw()
    .all(JSON.stringify(since)) as [number, string, string, Activity['type']][];
  for (const [id, date, what, type] of rows) out.set(id, { date, what, type });
  const whole = prep(
    db,
    `SELECT date, what, type FROM (
         SELECT date, what, direction AS type, 2 AS rank, id FROM ledger WHERE person_id = @id
         UNION ALL SELECT date, coalesce(note, ''), 'touch', 1, id FROM touches WHERE person_id = @id
         UNION ALL SELECT e.date, e.name, 'event', 0, e.id FROM events e JOIN event_people ep ON ep.event_id = e.id WHERE ep.person_id = @id
       ) ORDER BY date DESC, rank DESC, id DESC LIMIT 1`,
  );
  for (const [id, from] of since) {
    if (from === '' || out.has(id)) continue;
    const row = whole.get({ id }) as Activity | undefined;
    if (row) out.set(id, row);
  }
  return out;
}

export function personOfLedger(db: Db, ledgerIds: readonly number[]): number[] {
  if (ledgerIds.length === 0) return [];
  return prep(db, `SELECT DISTINCT person_id FROM ledger WHERE id IN (${ledgerIds.map(Number).join(',')})`)
    .pluck()
    .all() as number[];
}

/** The low-yield event kinds as an SQL list (rel's own words: no quote in them). */
const LOW_YIELD_SQL = LOW_YIELD_KINDS.map((k) => `'${k}'`).join(', ');

/** People met at low-yield events since a day, and at the given events. */
export function peopleAtLowYieldSince(db: Db, since: string, eventIds: readonly number[]): number[] {
  return prep(
    db,
    `SELECT DISTINCT ep.person_id FROM event_people ep JOIN events e ON e.id = ep.event_id
       WHERE (e.date >= ? AND e.kind IN (${LOW_YIELD_SQL}))
          OR e.id IN (${eventIds.map(Number).join(',') || 'NULL'})`,
  )
    .pluck()
    .all(since) as number[];
}
