/** Per-person all-time aggregates, as the person_stats triggers keep them (see domain/aggregate.ts). */
import type { Db } from '../open.js';
import { jsonColumnPages, prep } from '../stmt.js';
import type { PersonAgg } from '../../domain/aggregate.js';
import { inList } from './ledger.js';

/** person_stats rows read as one JSON text. */
const PAGE = 25_000;

type S = string | null;
/** person_id, gives, takes, first_give, last_give, last_take, last_ledger, last_touch, inbound, last_take_what */
type StatsRow = [number, number, number, S, S, S, S, S, number, S];

/**
 * Everyone's (or these people's) all-time facts. `lastTake: false` leaves the latest take out (the
 * coach: no rule reads it; remind's ideas do), its date and its text never read.
 */
export function loadAggregates(
  db: Db,
  personIds?: readonly number[],
  opts: { lastTake?: boolean } = {},
): Map<number, PersonAgg> {
  const withTake = opts.lastTake !== false;
  // Takes that are not asks are rare: a partial index finds them (migration 0005).
  const notAsks = new Map(
    prep(
      db,
      `SELECT person_id, count(*) FROM ledger WHERE direction = 'take' AND (kind = 'sale' OR offered = 1) ${personIds ? `AND person_id ${inList(personIds)}` : ''} GROUP BY person_id`,
    )
      .raw()
      .all() as [number, number][],
  );
  // A few thousand distinct days among ~50,000 date strings (10,000 people): one string each.
  const days = new Map<string, string>();
  const day = (d: string) => {
    const one = days.get(d);
    if (one !== undefined) return one;
    days.set(d, d);
    return d;
  };
  const out = new Map<number, PersonAgg>();
  // JSON texts, as columns (db/stmt.ts jsonColumns), a page at a time in person_id (rowid) order,
  // so a huge network's 100,000 rows are never one text. Each row by index: run once, this code is
  // not optimised.
  for (const [
    ids,
    givesCol,
    takesCol,
    firstGives,
    lastGives,
    lastTakes,
    lastLedgers,
    lastTouches,
    inbound,
    whats,
  ] of jsonColumnPages<StatsRow>(
    db,
    [
      'person_id',
      'gives',
      'takes',
      'first_give',
      'last_give',
      withTake ? 'last_take' : 'NULL',
      'last_ledger',
      'last_touch',
      'inbound',
      withTake ? 'last_take_what' : 'NULL',
    ],
    `FROM person_stats s ${personIds ? `WHERE s.person_id ${inList(personIds)}` : ''} ORDER BY s.person_id`,
    PAGE,
  ))
    for (let i = 0; i < ids.length; i++) {
      const id = ids[i]!;
      const gives = givesCol[i]!;
      const takes = takesCol[i]!;
      const firstGive = firstGives[i];
      const lastGive = lastGives[i];
      const lastTake = lastTakes[i];
      const lastLedger = lastLedgers[i];
      const lastTouch = lastTouches[i];
      if (gives === 0 && takes === 0 && lastTouch === null) continue;
      const facts: PersonAgg = {
        gives,
        takes,
        asks: takes - (notAsks.get(id) ?? 0),
        firstGive: firstGive ? { date: day(firstGive.slice(0, 10)), id: Number(firstGive.slice(11)) } : null,
        lastGive: lastGive === null ? null : day(lastGive!),
        lastLedger: lastLedger === null ? null : day(lastLedger!),
        lastTouch: lastTouch === null ? null : day(lastTouch!),
        inbound: inbound[i] === 1,
      };
      if (withTake)
        facts.lastTake = lastTake
          ? { date: day(lastTake.slice(0, 10)), id: Number(lastTake.slice(11)), what: whats[i] ?? '' }
          : null;
      out.set(id, facts);
    }
  return out;
}
