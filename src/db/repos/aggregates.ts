/** Per-person all-time aggregates, as the person_stats triggers keep them (see domain/aggregate.ts). */
import type { Db } from '../open.js';
import { prep } from '../stmt.js';
import { emptyAgg, type PersonAgg } from '../../domain/aggregate.js';
import { inList } from './ledger.js';

interface StatsRow {
  person_id: number;
  gives: number;
  takes: number;
  first_give: string | null;
  last_give: string | null;
  last_take: string | null;
  last_ledger: string | null;
  last_touch: string | null;
  inbound: number;
  last_take_what: string | null;
}

const split = (key: string) => ({ date: key.slice(0, 10), id: Number(key.slice(11)) });

export function loadAggregates(db: Db, personIds?: readonly number[]): Map<number, PersonAgg> {
  const rows = prep(
    db,
    `SELECT * FROM person_stats s ${personIds ? `WHERE s.person_id ${inList(personIds)}` : ''}`,
  ).all() as StatsRow[];
  // Takes that are not asks are rare: a partial index finds them (migration 0005).
  const notAsks = new Map(
    prep(
      db,
      `SELECT person_id, count(*) FROM ledger WHERE direction = 'take' AND (kind = 'sale' OR offered = 1) ${personIds ? `AND person_id ${inList(personIds)}` : ''} GROUP BY person_id`,
    )
      .raw()
      .all() as [number, number][],
  );
  const out = new Map<number, PersonAgg>();
  for (const r of rows) {
    if (r.gives === 0 && r.takes === 0 && r.last_touch === null) continue;
    out.set(r.person_id, {
      ...emptyAgg(),
      gives: r.gives,
      takes: r.takes,
      asks: r.takes - (notAsks.get(r.person_id) ?? 0),
      firstGive: r.first_give ? split(r.first_give) : null,
      lastGive: r.last_give,
      lastTake: r.last_take ? { ...split(r.last_take), what: r.last_take_what ?? '' } : null,
      lastLedger: r.last_ledger,
      lastTouch: r.last_touch,
      inbound: r.inbound === 1,
    });
  }
  return out;
}
