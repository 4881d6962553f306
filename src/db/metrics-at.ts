/**
 * The review's metrics as they stood at the end of a past day (metrics.previous), counted by SQLite
 * from today's tables: the same numbers as domain/trends.ts `metricsAt` over the rows up to that
 * day (test/db/metrics-at.test.ts holds the two together on random networks), without loading a
 * row per person or per give into JavaScript.
 *
 * Each person's facts as of that day are today's (`person_stats`) with what came after taken back
 * out: the gives and takes after it counted once, and for those in touch since, the latest touch up
 * to it looked up in the (person, date) indexes. Only the keep-in-touch list is worked out in
 * JavaScript (rhythms are calendar arithmetic), for the people who have a rhythm.
 */
import type { Db } from './open.js';
import { prep } from './stmt.js';
import { addDays, type Day } from '../domain/dates.js';
import { twelveMonths, type Metrics, type MetricWindows } from '../domain/metrics.js';
import {
  DEEP_MIN_GIVES,
  DEEP_MIN_TAKES,
  DEEP_RECENT_DAYS,
  dueAmong,
  isNetworkingMixer,
} from '../domain/network.js';
import type { EventRecord } from '../domain/types.js';

export interface PastMetrics {
  metrics: Metrics;
  /** Who was a deep tie at the end of that day (anyone, met by then or not: as isDeepAgg judges). */
  deep: ReadonlySet<number>;
}

/**
 * Per person, as of @day: whether met by then (`present`), gives and takes up to it, the latest touch
 * of any kind up to it (`last`), and from those whether a deep tie and whether a shallow contact.
 * Only someone in touch after @day (`back`) has a latest touch that must be looked up again.
 */
const FACTS = `
  after AS MATERIALIZED (
    SELECT person_id, sum(d = 'give') AS g, sum(d = 'take') AS t FROM (
      SELECT person_id, 'give' AS d FROM ledger WHERE direction = 'give' AND date > @day
      UNION ALL
      SELECT person_id, 'take' FROM ledger WHERE direction = 'take' AND date > @day)
    GROUP BY person_id),
  back AS MATERIALIZED (
    SELECT s.person_id AS id, nullif(max(
      coalesce(CASE WHEN s.last_ledger <= @day THEN s.last_ledger
        ELSE (SELECT max(l.date) FROM ledger l WHERE l.person_id = s.person_id AND l.date <= @day) END, ''),
      coalesce((SELECT max(t.date) FROM touches t WHERE t.person_id = s.person_id AND t.date <= @day), ''),
      coalesce((SELECT max(e.date) FROM event_people ep JOIN events e ON e.id = ep.event_id
                WHERE ep.person_id = s.person_id AND e.date <= @day), '')), '') AS last
    FROM person_stats s WHERE s.last_touch > @day),
  f AS (
    SELECT p.id, p.origin, p.met_on AS met, p.target,
      coalesce(s.gives, 0) - coalesce(a.g, 0) AS gives,
      coalesce(s.takes, 0) - coalesce(a.t, 0) AS takes,
      CASE WHEN s.last_touch > @day THEN b.last ELSE s.last_touch END AS last
    FROM people p
    LEFT JOIN person_stats s ON s.person_id = p.id
    LEFT JOIN after a ON a.person_id = p.id
    LEFT JOIN back b ON b.id = p.id),
  g AS MATERIALIZED (
    SELECT id, origin, met, last,
      (met IS NULL OR met <= @day) AS present,
      (gives >= ${DEEP_MIN_GIVES} AND takes >= ${DEEP_MIN_TAKES} AND last IS NOT NULL AND last >= @half) AS deep,
      (met IS NOT NULL AND NOT target AND met < @day
        AND NOT (origin IN ('school', 'work') AND last IS NULL)
        AND NOT (last IS NOT NULL AND last > met)) AS shallow,
      (target AND met IS NULL) AS unmet
    FROM f)`;

/** Counts over those met by then, the deep ties, the rhythms and the mixers' people, in one statement. */
const STATE = `WITH ${FACTS}
SELECT
  (SELECT json_array(count(*),
      sum(deep AND NOT unmet),
      sum(NOT deep AND shallow AND NOT unmet),
      sum(NOT deep AND NOT shallow AND last IS NOT NULL AND last >= @half AND NOT unmet),
      sum(NOT deep AND NOT shallow AND NOT (last IS NOT NULL AND last >= @half) AND NOT unmet),
      sum(shallow),
      sum(origin = 'reached-out'),
      sum(origin = 'inbound'),
      sum(met IS NOT NULL AND met >= @fresh),
      sum(met IS NOT NULL AND met >= @fresh AND origin = 'intro'),
      sum(met IS NOT NULL AND met >= @fresh AND origin = 'event'))
    FROM g WHERE present),
  (SELECT json_group_array(id) FROM g WHERE deep),
  (SELECT json_group_array(json_array(g.id, p.name, p.cadence, p.circle, p.met_on, p.snoozed_until, g.last)
      ORDER BY p.name COLLATE NOCASE, p.id)
    FROM people p JOIN g ON g.id = p.id
    WHERE g.present AND (p.cadence IS NOT NULL OR p.circle IS NOT NULL)),
  (SELECT json_array(count(DISTINCT ep.person_id),
      count(DISTINCT CASE WHEN g.last IS NOT NULL AND g.last > e.date THEN ep.person_id END))
    FROM json_each(@mixers) j
    JOIN events e ON e.id = j.value
    JOIN event_people ep ON ep.event_id = e.id
    JOIN g ON g.id = ep.person_id AND g.present),
  (SELECT json_group_array(id) FROM g WHERE NOT present)`;

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

/** Rows dated up to `day` of people met by then: the window's counts and each month's. */
function rowCounts(db: Db, day: Day, from: Day, absent: string) {
  const monthly = twelveMonths(day);
  const starts = monthly.map((m) => `${m.month}-01`);
  // Each month from its first day to the next month's (the last one ends after `day`, which caps it).
  const months = JSON.stringify(starts.map((a, i) => [a, starts[i + 1] ?? '9999-99']));
  const [g, t, inbound, perMonth] = prep(db, RANGES).raw().get({ day, from, months }) as [
    number,
    number,
    number,
    string,
  ];
  const counts = { gives: g, takes: t, theyReachedOut: inbound, monthly };
  (JSON.parse(perMonth) as [number, number][]).forEach(([gives, takes], i) => {
    monthly[i]!.gives = gives;
    monthly[i]!.takes = takes;
  });
  if (absent === '[]') return counts;
  for (const [direction, kind, date] of prep(db, ABSENT_ROWS).raw().all({ absent, day }) as [
    string,
    string | null,
    Day,
  ][]) {
    const inWindow = date >= from;
    if (direction === 'inbound') {
      if (inWindow) counts.theyReachedOut--;
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

/** Those met by then; deep; shallow, active, dormant; shallow contacts; two origins; new, by intro, at events. */
type Counts = [number, number, number, number, number, number, number, number, number, number, number];

type Rhythm = [number, string, string | null, string | null, Day | null, Day | null, Day | null];

/**
 * The metrics as of the end of `day`: `events` are every event (the review's snapshot holds them
 * all), so the mixers and their sums are picked and added in JavaScript in the same order as the
 * review's own.
 */
export function metricsInDb(
  db: Db,
  day: Day,
  windows: MetricWindows,
  events: readonly EventRecord[],
): PastMetrics {
  const yearAgo = addDays(day, -windows.ratioDays);
  const mixerFrom = addDays(day, -windows.mixerDays);
  const mixers = events.filter((e) => e.date >= mixerFrom && e.date <= day && isNetworkingMixer(e));
  const params = {
    day,
    half: addDays(day, -DEEP_RECENT_DAYS),
    fresh: addDays(day, -windows.newPeopleDays),
    mixers: JSON.stringify(mixers.map((e) => e.id)),
  };
  return db.transaction((): PastMetrics => {
    const [counts, deepIds, rhythms, follow, absent] = prep(db, STATE).raw().get(params) as string[];
    const [
      people,
      deep,
      shallow,
      active,
      dormant,
      shallowContacts,
      reached,
      inbound,
      fresh,
      byIntro,
      atEvents,
    ] = (JSON.parse(counts!) as (number | null)[]).map((n) => n ?? 0) as Counts;
    const [met, followedUp] = JSON.parse(follow!) as [number, number];
    const due = dueAmong(
      (JSON.parse(rhythms!) as Rhythm[]).map((r) => ({
        id: r[0],
        name: r[1],
        every: r[2],
        circle: r[3],
        met: r[4],
        snoozedUntil: r[5],
        last: r[6],
      })),
      (p) => p.last,
      day,
    );
    const { gives, takes, theyReachedOut, monthly } = rowCounts(db, day, yearAgo, absent!);
    let cost = 0;
    let hours = 0;
    for (const e of mixers) {
      cost += e.cost;
      hours += e.hours;
    }
    const metrics: Metrics = {
      givesToTakes: [gives, takes],
      ratio: takes === 0 ? null : Math.round((gives / takes) * 10) / 10,
      deepTies: deep,
      shallowContacts,
      people,
      newPeople: { total: fresh, byIntro, atEvents },
      lowYieldEvents: { count: mixers.length, cost, hours, met, followedUp },
      overdue: due.map((x) => ({ id: x.p.id, name: x.p.name, daysOver: x.over })),
      reachedOut: { youReachedOut: reached, theyReachedOut: inbound + theyReachedOut },
      monthly,
      depth: { deep, active, shallow, dormant },
    };
    return { metrics, deep: new Set(JSON.parse(deepIds!) as number[]) };
  })();
}
