/**
 * The review's metrics as they stood at the end of a past day (metrics.previous): the same numbers
 * as domain/trends.ts `metricsAt` over the rows up to that day (test/db/metrics-at.test.ts holds the
 * two together on random networks), from what the review has loaded already rather than a second
 * network. The review's window reaches back before that day (rules/engine.ts windowStart: the
 * longest look-back plus 90 days), so every give and take after it is loaded: each person's facts
 * then are today's with those taken back out. For those in touch since, the latest touch up to the
 * day is looked up: touches by index seek, events attended in the network's events, gives and takes
 * in the window (before it, by index seek). The give : take window and the months are counted in
 * the window too, or over index ranges when it starts later (db/range-counts.ts).
 */
import type { Db } from './open.js';
import { lessAbsent, rangeCounts } from './range-counts.js';
import { prep } from './stmt.js';
import { addDays, type Day } from '../domain/dates.js';
import { monthsFrom, windowCounts, type Metrics, type MetricWindows } from '../domain/metrics.js';
import {
  DEEP_MIN_GIVES,
  DEEP_MIN_TAKES,
  DEEP_RECENT_DAYS,
  dueAmong,
  firstAfter,
  isNetworkingMixer,
  type Network,
} from '../domain/network.js';
import type { RulePerson } from '../domain/types.js';

export interface PastMetrics {
  metrics: Metrics;
  /** Who was a deep tie at the end of that day (anyone, met by then or not: as isDeepAgg judges). */
  deep: ReadonlySet<number>;
}

/**
 * Of each of @ids in turn, the latest touch (of the touches table) up to @day: one JSON text of days
 * (or '' for none), so a huge network's ~35,000 answers are not a row each.
 */
const TOUCHED_UP_TO = `SELECT json_group_array(
    coalesce((SELECT max(t.date) FROM touches t WHERE t.person_id = j.value AND t.date <= @day), ''))
  FROM json_each(@ids) j`;

/** The latest of each person's gives and takes up to @day (for those with none in the window). */
const LEDGER_UP_TO = `SELECT j.value, (SELECT max(l.date) FROM ledger l WHERE l.person_id = j.value AND l.date <= @day)
  FROM json_each(@ids) j`;

/** Where `id` is in ascending `ids`, or -1. */
function indexOf(ids: readonly number[], id: number): number {
  let lo = 0;
  let hi = ids.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ids[mid]! < id) lo = mid + 1;
    else hi = mid;
  }
  return lo < ids.length && ids[lo] === id ? lo : -1;
}

/** The later of two days, either missing. */
const later = (a: Day | null | undefined, b: Day | null | undefined): Day | null =>
  (a ?? '') >= (b ?? '') ? (a ?? null) : (b ?? null);

/**
 * The latest touch of any kind up to `day` (a give, a take, a touch, an event attended) of each of
 * `ids` (people in touch after it), in the same order: null for those with none by then.
 */
function latestUpTo(db: Db, net: Network, ids: readonly number[], day: Day): (Day | null)[] {
  if (ids.length === 0) return [];
  const out = JSON.parse(
    prep(db, TOUCHED_UP_TO)
      .pluck()
      .get({ ids: JSON.stringify(ids), day }) as string,
  ) as (Day | null)[];
  // Events attended by then, from the network's events (all of them, in date order).
  const events = net.snap.events;
  for (let e = 0; e < events.length && events[e]!.date <= day; e++) {
    const { date, people } = events[e]!;
    for (let k = 0; k < people.length; k++) {
      const i = indexOf(ids, people[k]!);
      if (i >= 0 && (out[i] || '') < date) out[i] = date;
    }
  }
  const before: number[] = [];
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i]!;
    const lastLedger = net.stats(id).lastLedger;
    let ledger: Day | null = null;
    if (lastLedger !== null && lastLedger <= day) ledger = lastLedger;
    else if (lastLedger !== null) {
      const takes = net.takesFrom(id);
      const t = firstAfter(takes, day, true);
      ledger = later(net.gives.lastUpTo(id, day), t > 0 ? takes[t - 1]!.date : null);
      // None in the window: any up to the day came before it.
      if (ledger === null) before.push(id);
    }
    out[i] = later(ledger, out[i] || null);
  }
  // Each found again by binary search: `ids` are in ascending order.
  if (before.length > 0)
    for (const [id, ledger] of prep(db, LEDGER_UP_TO)
      .raw()
      .all({ ids: JSON.stringify(before), day }) as [number, Day | null][]) {
      const i = indexOf(ids, id);
      out[i] = later(out[i], ledger);
    }
  return out;
}

/**
 * The metrics as of the end of `day`, from the review's network, whose window must hold every give
 * and take after that day (its `since` on or before it) and whose events are all of them.
 */
export function metricsThen(db: Db, net: Network, day: Day, windows: MetricWindows): PastMetrics {
  // One read transaction: the lookups and the range counts see the same rows.
  return db.transaction(() => pastMetrics(db, net, day, windows))();
}

function pastMetrics(db: Db, net: Network, day: Day, windows: MetricWindows): PastMetrics {
  const since = net.snap.since;
  if (since === null || since > day)
    throw new Error(`metricsThen: the window (from ${since}) starts after ${day}`);
  const half = addDays(day, -DEEP_RECENT_DAYS);
  const fresh = addDays(day, -windows.newPeopleDays);
  const mixerFrom = addDays(day, -windows.mixerDays);
  const mixers = net.snap.events.filter((e) => e.date >= mixerFrom && e.date <= day && isNetworkingMixer(e));
  const atMixers = new Set<number>();
  for (const e of mixers) for (const id of e.people) atMixers.add(id);
  const people = net.people;
  // Those in touch since, in id order: the index seeks then walk their indexes forward (in the
  // order of names they jumped about, and a huge network's seeks took ~8× as long).
  const agg = net.snap.agg;
  const inTouchSince: number[] = [];
  for (let i = 0; i < people.length; i++) {
    const last = agg.get(people[i]!.id)?.lastTouch ?? null;
    if (last !== null && last > day) inTouchSince.push(people[i]!.id);
  }
  inTouchSince.sort((a, b) => a - b);
  const lastThen = latestUpTo(db, net, inTouchSince, day);
  // Counters in locals, not fields: run once over everyone (100,000 on a huge network), unoptimised.
  let present = 0;
  let deepNow = 0;
  let shallowNow = 0;
  let active = 0;
  let dormant = 0;
  let contacts = 0;
  let reached = 0;
  let inbound = 0;
  let freshNow = 0;
  let byIntro = 0;
  let atEvents = 0;
  const deep = new Set<number>();
  const absent: number[] = [];
  const rhythm: RulePerson[] = [];
  const rhythmLast: (Day | null)[] = [];
  const mixerLast = new Map<number, Day | null>();
  // Indexed, not for-of: run once, unoptimised, each step of an iterator is an object.
  for (let i = 0; i < people.length; i++) {
    const p = people[i]!;
    const s = agg.get(p.id);
    let gives = 0;
    let taken = 0;
    let last: Day | null = null;
    if (s !== undefined) {
      gives = s.gives;
      taken = s.takes;
      last = s.lastTouch;
      // In touch after the day (the latest touch counts gives and takes): take back what came since.
      if (last !== null && last > day) {
        const takes = net.takesFrom(p.id);
        gives -= net.gives.countAfter(p.id, day);
        taken -= takes.length - firstAfter(takes, day, true);
        last = lastThen[indexOf(inTouchSince, p.id)]!;
      }
    }
    const isDeep = gives >= DEEP_MIN_GIVES && taken >= DEEP_MIN_TAKES && last !== null && last >= half;
    if (isDeep) deep.add(p.id);
    const met = p.met;
    if (met !== null && met > day) {
      absent.push(p.id);
      continue;
    }
    present++;
    const origin = p.origin;
    const shallow =
      met !== null &&
      !p.target &&
      met < day &&
      !((origin === 'school' || origin === 'work') && last === null) &&
      !(last !== null && last > met);
    if (shallow) contacts++;
    if (!(p.target && met === null)) {
      if (isDeep) deepNow++;
      else if (shallow) shallowNow++;
      else if (last !== null && last >= half) active++;
      else dormant++;
    }
    if (origin === 'reached-out') reached++;
    if (origin === 'inbound') inbound++;
    if (met !== null && met >= fresh) {
      freshNow++;
      if (origin === 'intro') byIntro++;
      if (origin === 'event') atEvents++;
    }
    if (p.every !== null || p.circle !== null) {
      rhythm.push(p);
      rhythmLast.push(last);
    }
    if (atMixers.has(p.id)) mixerLast.set(p.id, last);
  }
  // Of those met at the mixers (and met by then), who was in touch after the mixer.
  const metThere = new Set<number>();
  const followed = new Set<number>();
  let cost = 0;
  let hours = 0;
  for (const e of mixers) {
    cost += e.cost;
    hours += e.hours;
    for (const id of e.people) {
      if (!mixerLast.has(id)) continue;
      metThere.add(id);
      const last = mixerLast.get(id)!;
      if (last !== null && last > e.date) followed.add(id);
    }
  }
  const due = dueAmong(rhythm, (_, i) => rhythmLast[i]!, day);
  // The window's rows up to the day, counted in the loaded window when it reaches back far enough
  // (a review's does unless every rule is set to look back less than ~9 months), or over the indexes.
  const from = addDays(day, -windows.ratioDays);
  const counts = lessAbsent(
    db,
    since <= from && since <= monthsFrom(day) ? windowCounts(net, from, day) : rangeCounts(db, day, from),
    day,
    from,
    JSON.stringify(absent),
  );
  const { gives, takes } = counts;
  const metrics: Metrics = {
    givesToTakes: [gives, takes],
    ratio: takes === 0 ? null : Math.round((gives / takes) * 10) / 10,
    deepTies: deepNow,
    shallowContacts: contacts,
    people: present,
    newPeople: { total: freshNow, byIntro, atEvents },
    lowYieldEvents: { count: mixers.length, cost, hours, met: metThere.size, followedUp: followed.size },
    overdue: due.map((x) => ({ id: x.p.id, name: x.p.name, daysOver: x.over })),
    reachedOut: { youReachedOut: reached, theyReachedOut: inbound + counts.inbound },
    monthly: counts.monthly,
    depth: { deep: deepNow, active, shallow: shallowNow, dormant },
  };
  return { metrics, deep };
}
