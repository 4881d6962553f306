/** Per-person all-time aggregates, as the person_stats triggers keep them (see domain/aggregate.ts). */
import type { Db } from '../open.js';
import { jsonColumnPages, prep } from '../stmt.js';
import type { PersonAgg } from '../../domain/aggregate.js';
import type { Day } from '../../domain/dates.js';
import { inList } from './ledger.js';

/** person_stats rows read as one JSON text. */
const PAGE = 25_000;

type D = Day | null;
type N = number | null;
/**
 * person_id, gives, takes, first_give (day, id), last_give, last_take (day, id), last_ledger,
 * last_touch, inbound, last_take_what
 */
type StatsRow = [number, number, number, D, N, D, D, N, D, D, number, string | null];

/** The day and the id of a 'date id' column (the id printed in 12 digits: migrations/0003-person-stats.ts). */
const dayOf = (column: string) => `substr(${column}, 1, 10)`;
const idOf = (column: string) => `CAST(substr(${column}, 12) AS INTEGER)`;

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
  const out = new Map<number, PersonAgg>();
  // JSON texts, as columns (db/stmt.ts jsonColumns), a page at a time in person_id (rowid) order,
  // so a huge network's 100,000 rows are never one text. The first give and the last take ('date id')
  // come split by SQLite: JSON.parse makes one shared string of each date (up to 10 characters), where
  // slicing made a new one each. Each row by index: run once, this code is not optimised.
  for (const [
    ids,
    givesCol,
    takesCol,
    firstGiveDays,
    firstGiveIds,
    lastGives,
    lastTakeDays,
    lastTakeIds,
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
      dayOf('first_give'),
      idOf('first_give'),
      'last_give',
      withTake ? dayOf('last_take') : 'NULL',
      withTake ? idOf('last_take') : 'NULL',
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
      const firstGive = firstGiveDays[i]!;
      const lastTouch = lastTouches[i]!;
      if (gives === 0 && takes === 0 && lastTouch === null) continue;
      const facts: PersonAgg = {
        gives,
        takes,
        asks: takes - (notAsks.get(id) ?? 0),
        firstGive: firstGive === null ? null : { date: firstGive, id: firstGiveIds[i]! },
        lastGive: lastGives[i]!,
        lastLedger: lastLedgers[i]!,
        lastTouch,
        inbound: inbound[i] === 1,
      };
      if (withTake) {
        const lastTake = lastTakeDays[i]!;
        facts.lastTake =
          lastTake === null ? null : { date: lastTake, id: lastTakeIds[i]!, what: whats[i] ?? '' };
      }
      out.set(id, facts);
    }
  return out;
}
