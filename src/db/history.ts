/**
 * Loads what trends need (domain/trends.ts): everything up to a day, or, for the review on a large
 * network, the review's window of rows plus each person's all-time facts as of that day.
 */
import type { Db } from './open.js';
import { prep } from './stmt.js';
import { loadAggregates } from './repos/aggregates.js';
import { allEvents, allIntros } from './repos/events.js';
import { allLedger, allTouches, windowLedger } from './repos/ledger.js';
import { allNeeds } from './repos/needs.js';
import { allPeople } from './repos/people.js';
import { getProfile } from './repos/profile.js';
import { isAsk, type PersonAgg } from '../domain/aggregate.js';
import type { LedgerEntry, Touch } from '../domain/types.js';
import { addDays, type Day } from '../domain/dates.js';
import type { Metrics, MetricWindows } from '../domain/metrics.js';
import type { Snapshot } from '../domain/snapshot.js';
import { metricsAt, previousDay, rowsWindow, type History } from '../domain/trends.js';

/** Every row dated up to `until` (all of them without it). */
export function loadHistory(db: Db, until?: Day): History {
  return db.transaction(() => {
    const upTo = <T extends { date: Day }>(xs: T[]) => (until ? xs.filter((x) => x.date <= until) : xs);
    return {
      people: allPeople(db),
      ledger: upTo(allLedger(db)),
      touches: upTo(allTouches(db)),
      events: upTo(allEvents(db)),
      intros: upTo(allIntros(db)),
      profile: getProfile(db),
      needs: allNeeds(db),
    };
  })();
}

/**
 * The review's metrics as of 90 days before `today` (domain/trends.ts), reusing the review's own
 * snapshot when its window reaches back far enough, so a large network is not read twice.
 */
export function previousMetrics(db: Db, snap: Snapshot, today: Day, windows: MetricWindows): Metrics {
  return previousState(db, snap, today, windows).metrics;
}

/** The metrics as of 90 days ago, and each person's all-time facts as of that day. */
export function previousState(
  db: Db,
  snap: Snapshot,
  today: Day,
  windows: MetricWindows,
): { day: Day; metrics: Metrics; agg: ReadonlyMap<number, PersonAgg> } {
  const day = previousDay(today);
  const from = addDays(day, -rowsWindow(windows));
  const history: History =
    snap.since !== null && snap.since <= from
      ? { ...snap }
      : {
          people: snap.people,
          ledger: windowLedger(db, from),
          touches: allTouches(db, from, undefined, true),
          events: snap.events,
          intros: snap.intros,
          profile: snap.profile,
          needs: snap.needs,
        };
  const recent =
    snap.since !== null ? { since: snap.since, ledger: snap.ledger, inbound: snap.touches } : undefined;
  const agg = aggregatesAt(db, day, snap.agg, recent);
  return { day, metrics: metricsAt(history, day, windows, agg), agg };
}

/**
 * Each person's all-time facts as of the end of `day`: today's aggregates (person_stats) with the
 * rows after `day` taken back out. Only people in touch after `day` change; for them a fact that
 * came from those rows is looked up again by index.
 */
export function aggregatesAt(
  db: Db,
  day: Day,
  current: ReadonlyMap<number, PersonAgg> = loadAggregates(db),
  recent?: Recent,
): Map<number, PersonAgg> {
  const out = new Map(current);
  const after = new Map<number, { gives: number; takes: number; asks: number }>();
  const known = recent && recent.since <= day ? indexRecent(recent, day) : undefined;
  if (known) for (const [id, m] of known.after) after.set(id, m);
  else
    for (const [id, direction, n, asks] of prep(
      db,
      "SELECT person_id, direction, count(*), sum(direction = 'take' AND offered = 0 AND kind != 'sale') FROM ledger WHERE date > ? GROUP BY person_id, direction",
    )
      .raw()
      .all(day) as [number, string, number, number][]) {
      const m = after.get(id) ?? { gives: 0, takes: 0, asks: 0 };
      m[direction === 'give' ? 'gives' : 'takes'] = n;
      m.asks += asks;
      after.set(id, m);
    }
  const lateInbound = known
    ? known.lateInbound
    : new Set(
        prep(db, 'SELECT DISTINCT person_id FROM touches WHERE inbound = 1 AND date > ?')
          .pluck()
          .all(day) as number[],
      );
  /** The later of two days, either missing (no rest array per call: two calls per person). */
  const later = (x: Day | null | undefined, y: Day | null | undefined): Day | null =>
    y == null ? (x ?? null) : x == null || y > x ? y : x;

  // First the counts; what must be looked up again is gathered and read in one statement each
  // (a seek per person inside SQLite, instead of a call from JS per person: ~3,500 on a large network).
  const changed: [number, PersonAgg][] = [];
  const needGive: number[] = [];
  const needTake: number[] = [];
  const needInbound: number[] = [];
  // forEach, not for-of: unoptimised, each step of a Map's iterator is an array and an object.
  current.forEach((now, id) => {
    if (now.lastTouch === null || now.lastTouch <= day) return;
    const a: PersonAgg = { ...now };
    const m = after.get(id);
    if (m) {
      a.gives -= m.gives;
      a.takes -= m.takes;
      a.asks -= m.asks;
    }
    if (a.firstGive && a.firstGive.date > day) a.firstGive = null;
    if (a.lastGive && a.lastGive > day && a.gives !== 0 && !known?.lastGive.has(id)) needGive.push(id);
    if (a.lastTake && a.lastTake.date > day && a.takes !== 0 && !known?.lastTake.has(id)) needTake.push(id);
    // Only someone whose inbound touches all came after `day` may not have reached out by then.
    if (a.inbound && lateInbound.has(id) && !known?.inbound.has(id)) needInbound.push(id);
    changed.push([id, a]);
  });
  const ids = JSON.stringify(changed.map(([id]) => id));
  // Each one's latest touch and latest event up to `day`: seeks in the (person, date) indexes.
  const touchedBy = new Map<number, Day | null>();
  const metAt = new Map<number, Day | null>();
  for (const [id, touched, met] of prep(
    db,
    `SELECT j.value,
       (SELECT max(date) FROM touches t WHERE t.person_id = j.value AND t.date <= @day),
       (SELECT max(e.date) FROM event_people ep JOIN events e ON e.id = ep.event_id WHERE ep.person_id = j.value AND e.date <= @day)
     FROM json_each(@ids) j`,
  )
    .raw()
    .all({ ids, day }) as [number, Day | null, Day | null][]) {
    touchedBy.set(id, touched);
    metAt.set(id, met);
  }
  const lastGive = new Map(
    prep(
      db,
      "SELECT j.value, (SELECT max(date) FROM ledger l WHERE l.person_id = j.value AND l.direction = 'give' AND l.date <= @day) FROM json_each(@ids) j",
    )
      .raw()
      .all({ ids: JSON.stringify(needGive), day }) as [number, Day | null][],
  );
  const lastTake = new Map<number, { id: number; date: Day; what: string }>();
  for (const [person, id, date, what] of prep(
    db,
    "SELECT j.value, l.id, l.date, l.what FROM json_each(@ids) j JOIN ledger l ON l.id = (SELECT id FROM ledger WHERE person_id = j.value AND direction = 'take' AND date <= @day ORDER BY date DESC, id DESC LIMIT 1)",
  )
    .raw()
    .all({ ids: JSON.stringify(needTake), day }) as [number, number, Day, string][])
    lastTake.set(person, { id, date, what });
  const inboundBy = new Set(
    prep(
      db,
      'SELECT j.value FROM json_each(@ids) j WHERE EXISTS (SELECT 1 FROM touches t WHERE t.person_id = j.value AND t.inbound = 1 AND t.date <= @day)',
    )
      .pluck()
      .all({ ids: JSON.stringify(needInbound), day }) as number[],
  );

  for (const [id, a] of changed) {
    if (a.lastGive && a.lastGive > day)
      a.lastGive = a.gives === 0 ? null : (known?.lastGive.get(id) ?? lastGive.get(id) ?? null);
    if (a.lastTake && a.lastTake.date > day) {
      const row = a.takes === 0 ? undefined : (known?.lastTake.get(id) ?? lastTake.get(id));
      a.lastTake = row ? { id: row.id, date: row.date, what: row.what } : null;
    }
    a.lastLedger = later(a.lastGive, a.lastTake?.date);
    a.lastTouch = later(later(a.lastLedger, touchedBy.get(id)), metAt.get(id));
    if (a.inbound && lateInbound.has(id) && !known?.inbound.has(id)) a.inbound = inboundBy.has(id);
    if (a.gives === 0 && a.takes === 0 && a.lastTouch === null) out.delete(id);
    else out.set(id, a);
  }
  return out;
}

/** Rows the caller already holds from `since` on: every give and take, and the inbound touches. */
export interface Recent {
  since: Day;
  ledger: readonly LedgerEntry[];
  inbound: readonly Touch[];
}

/** From rows covering `since`..today: what came after `day`, and the latest facts up to it. */
function indexRecent(r: Recent, day: Day) {
  const after = new Map<number, { gives: number; takes: number; asks: number }>();
  const lastGive = new Map<number, Day>();
  // The rows themselves: a take's { id, date, what } is made only for those read.
  const lastTake = new Map<number, LedgerEntry>();
  for (let i = 0; i < r.ledger.length; i++) {
    const e = r.ledger[i]!;
    if (e.date > day) {
      const m = after.get(e.personId) ?? { gives: 0, takes: 0, asks: 0 };
      m[e.direction === 'give' ? 'gives' : 'takes']++;
      if (isAsk(e)) m.asks++;
      after.set(e.personId, m);
    } else if (e.direction === 'give') {
      const g = lastGive.get(e.personId);
      if (g === undefined || e.date > g) lastGive.set(e.personId, e.date);
    } else {
      const t = lastTake.get(e.personId);
      if (!t || e.date > t.date || (e.date === t.date && e.id > t.id)) lastTake.set(e.personId, e);
    }
  }
  const inbound = new Set<number>();
  const lateInbound = new Set<number>();
  for (let i = 0; i < r.inbound.length; i++) {
    const t = r.inbound[i]!;
    (t.date <= day ? inbound : lateInbound).add(t.personId);
  }
  return { after, lastGive, lastTake, inbound, lateInbound };
}
