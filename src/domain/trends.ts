/**
 * Trends: the review's metrics as they stood on any past day, recomputed from the ledger itself (no
 * stored snapshots). Pure: the whole history and a day in, the same `Metrics` the review shows out.
 *
 * What the ledger cannot tell is taken as it is today: a person's rhythm, circle and snooze.
 */
import { aggregate, type PersonAgg } from './aggregate.js';
import { addDays, type Day } from './dates.js';
import { computeMetrics, type Metrics, type MetricWindows } from './metrics.js';
import { Network } from './network.js';
import type { Snapshot } from './snapshot.js';
import type { EventRecord, Intro, LedgerEntry, Need, Profile, RulePerson, Touch } from './types.js';

/** Everything recorded: every person, give, take, touch, event and introduction. */
export interface History {
  people: RulePerson[];
  ledger: LedgerEntry[];
  touches: Touch[];
  events: EventRecord[];
  intros: Intro[];
  profile: Profile;
  /** What people need, as noted (the rules read it; the metrics do not). */
  needs?: Map<number, Need>;
}

/** How far back the review compares: metrics.previous is as of this many days ago. */
export const TREND_DAYS = 90;

/**
 * How far back from their day the metrics read rows: the give : take window (gives, takes, inbound
 * touches) and the monthly chart's twelve calendar months. With aggregates given, older rows may be
 * left out.
 */
export const rowsWindow = (w: MetricWindows): number => Math.max(w.ratioDays, 365);

/**
 * The snapshot the review would have loaded at the end of `day`: people met by then (and targets),
 * rows dated up to then, and each person's all-time facts as of then: computed from the rows, or
 * given as `agg` (then `h` need only hold the last `rowsWindow` days of gives, takes and inbound
 * touches; as metricsSeries gives them).
 */
export function snapshotAt(h: History, day: Day, agg?: ReadonlyMap<number, PersonAgg>): Snapshot {
  const people = h.people.filter((p) => p.met === null || p.met <= day);
  const present = new Set(people.map((p) => p.id));
  const ledger = h.ledger.filter((e) => e.date <= day && present.has(e.personId));
  const touches = h.touches.filter((t) => t.date <= day && present.has(t.personId));
  const events: EventRecord[] = h.events
    .filter((e) => e.date <= day)
    .map((e) => ({
      ...e,
      people: e.people.filter((id) => present.has(id)),
      forPersonId: e.forPersonId !== null && present.has(e.forPersonId) ? e.forPersonId : null,
    }));
  return {
    people,
    ledger,
    inbound: touches.filter((t) => t.inbound).map((t) => t.date),
    events,
    intros: h.intros.filter((i) => i.date <= day && present.has(i.personId) && present.has(i.introducerId)),
    profile: h.profile,
    // Lookups are by the ids of `people` only, so a given map is used as it is, without a copy.
    agg: (agg as Map<number, PersonAgg> | undefined) ?? aggregate(ledger, touches, events),
    needs: h.needs ?? new Map(),
    since: null,
  };
}

/**
 * The review's metrics as of the end of `day`, over the review's windows (`agg`: as for
 * snapshotAt).
 */
export function metricsAt(
  h: History,
  day: Day,
  windows: MetricWindows,
  agg?: ReadonlyMap<number, PersonAgg>,
): Metrics {
  return computeMetrics(new Network(snapshotAt(h, day, agg), day), windows);
}

/** The day the review compares today with. */
export const previousDay = (today: Day): Day => addDays(today, -TREND_DAYS);

/**
 * metricsAt for many days at once, the same numbers, in one pass over the history: the rows are
 * sorted once and each person's all-time facts grow day by day instead of being recounted.
 */
export function metricsSeries(h: History, days: readonly Day[], windows: MetricWindows): Metrics[] {
  const order = [...days]
    .map((day, i) => ({ day, i }))
    .sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0));
  const byDate = <T extends { date: Day }>(xs: readonly T[]) =>
    [...xs].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const ledger = byDate(h.ledger);
  const touches = byDate(h.touches);
  const events = byDate(h.events);
  const inbound = touches.filter((t) => t.inbound);
  /** The index of the first row dated after `day`. */
  const upTo = <T extends { date: Day }>(xs: readonly T[], day: Day) => {
    let lo = 0;
    let hi = xs.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (xs[mid]!.date <= day) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const agg = new Map<number, PersonAgg>();
  const done = { ledger: 0, touches: 0, events: 0 };
  const out: Metrics[] = new Array<Metrics>(days.length);
  for (const { day, i } of order) {
    const end = { ledger: upTo(ledger, day), touches: upTo(touches, day), events: upTo(events, day) };
    aggregate(
      ledger.slice(done.ledger, end.ledger),
      touches.slice(done.touches, end.touches),
      events.slice(done.events, end.events),
      agg,
    );
    Object.assign(done, end);
    const from = addDays(day, -rowsWindow(windows));
    const window: History = {
      ...h,
      ledger: ledger.slice(upTo(ledger, addDays(from, -1)), end.ledger),
      touches: inbound.slice(upTo(inbound, addDays(from, -1)), upTo(inbound, day)),
      events: events.slice(0, end.events),
    };
    out[i] = metricsAt(window, day, windows, agg);
  }
  return out;
}
