/**
 * The review's counts of rows over ranges of days as they stood at the end of a past day (for
 * metrics.previous, db/metrics-at.ts): the give : take window and each month of the chart, as
 * `count(*)` over ranges of the (date, …) indexes when the loaded window does not reach back that
 * far, and less the rows of people not yet met by then.
 */
import type { Db } from './open.js';
import { prep } from './stmt.js';
import type { Day } from '../domain/dates.js';
import { twelveMonths, type RowCounts } from '../domain/metrics.js';

/**
 * Counts over ranges of the (date, …) indexes, which SQLite answers without reading a row: gives
 * and takes (not sales) of the give : take window, inbound touches in it, and gives and takes of each
 * month. Rows of people not yet met by then are then taken back out (@absent, rarely any).
 */
const RANGES = `SELECT
  (SELECT count(*) FROM ledger WHERE direction = 'give' AND date >= @from AND date <= @day),
  (SELECT count(*) FROM ledger WHERE direction = 'take' AND kind != 'sale' AND date >= @from AND date <= @day),
  (SELECT count(*) FROM touches WHERE inbound = 1 AND date >= @from AND date <= @day),
  (SELECT json_group_array(json_array(
      (SELECT count(*) FROM ledger WHERE direction = 'give' AND date >= m.value ->> 0 AND date < m.value ->> 1 AND date <= @day),
      (SELECT count(*) FROM ledger WHERE direction = 'take' AND date >= m.value ->> 0 AND date < m.value ->> 1 AND date <= @day)))
    FROM json_each(@months) m)`;

const ABSENT_ROWS = `SELECT l.direction, l.kind, l.date FROM json_each(@absent) j
  JOIN ledger l ON l.person_id = j.value WHERE l.date <= @day
  UNION ALL
  SELECT 'inbound', NULL, t.date FROM json_each(@absent) j
  JOIN touches t ON t.person_id = j.value WHERE t.inbound = 1 AND t.date <= @day`;

/** Rows dated up to `day`: the give : take window's (from `from`) and each month's, by index ranges. */
export function rangeCounts(db: Db, day: Day, from: Day): RowCounts {
  const monthly = twelveMonths(day);
  const starts = monthly.map((m) => `${m.month}-01`);
  // Each month from its first day to the next month's (the last one ends after `day`, which caps it).
  const months = JSON.stringify(starts.map((a, i) => [a, starts[i + 1] ?? '9999-99']));
  const [gives, takes, inbound, perMonth] = prep(db, RANGES).raw().get({ day, from, months }) as [
    number,
    number,
    number,
    string,
  ];
  (JSON.parse(perMonth) as [number, number][]).forEach(([g, t], i) => {
    monthly[i]!.gives = g;
    monthly[i]!.takes = t;
  });
  return { gives, takes, inbound, monthly };
}

/** `counts` (rows up to `day`, the window's from `from`) less the rows of the people in `absent`. */
export function lessAbsent(db: Db, counts: RowCounts, day: Day, from: Day, absent: string): RowCounts {
  if (absent === '[]') return counts;
  const { monthly } = counts;
  const starts = monthly.map((m) => `${m.month}-01`);
  for (const [direction, kind, date] of prep(db, ABSENT_ROWS).raw().all({ absent, day }) as [
    string,
    string | null,
    Day,
  ][]) {
    const inWindow = date >= from;
    if (direction === 'inbound') {
      if (inWindow) counts.inbound--;
      continue;
    }
    if (inWindow && direction === 'give') counts.gives--;
    if (inWindow && direction === 'take' && kind !== 'sale') counts.takes--;
    const i = starts.findLastIndex((a) => a <= date);
    if (i < 0) continue;
    if (direction === 'give') monthly[i]!.gives--;
    else monthly[i]!.takes--;
  }
  return counts;
}
