/**
 * Trends: the review's metrics as they stood on any past day, recomputed from the ledger itself (no
 * stored snapshots). Pure: the whole history and a day in, the same `Metrics` the review shows out.
 *
 * What the ledger cannot tell is taken as it is today: a person's rhythm, circle and snooze.
 */
import { aggregate, type PersonAgg } from './aggregate.js';
import { addDays, type Day } from './dates.js';
import { computeMetrics, type Metrics } from './metrics.js';
import { Network } from './network.js';
import type { Snapshot } from './snapshot.js';
import type { EventRecord, Intro, LedgerEntry, Person, Profile, Touch } from './types.js';

/** Everything recorded: every person, give, take, touch, event and introduction. */
export interface History {
  people: Person[];
  ledger: LedgerEntry[];
  touches: Touch[];
  events: EventRecord[];
  intros: Intro[];
  profile: Profile;
}

/** How far back the review compares: metrics.previous is as of this many days ago. */
export const TREND_DAYS = 90;

/**
 * The rows the metrics read reach this far back from their day (a year of gives, takes and inbound
 * touches; the monthly chart's twelve calendar months fit in it): with aggregates given, older rows
 * may be left out.
 */
export const METRICS_WINDOW_DAYS = 365;

/**
 * The snapshot the review would have loaded at the end of `day`: people met by then (and targets),
 * rows dated up to then, and each person's all-time facts as of then: computed from the rows, or
 * given as `agg` (then `h` need only hold the last METRICS_WINDOW_DAYS of gives, takes and inbound
 * touches; see db/history.ts).
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
    touches: touches.filter((t) => t.inbound),
    events,
    intros: h.intros.filter((i) => i.date <= day && present.has(i.personId) && present.has(i.introducerId)),
    profile: h.profile,
    // Lookups are by the ids of `people` only, so a given map is used as it is, without a copy.
    agg: (agg as Map<number, PersonAgg> | undefined) ?? aggregate(ledger, touches, events),
    since: null,
  };
}

/** The review's metrics as of the end of `day` (`agg`: as for snapshotAt). */
export function metricsAt(h: History, day: Day, agg?: ReadonlyMap<number, PersonAgg>): Metrics {
  return computeMetrics(new Network(snapshotAt(h, day, agg), day));
}

/** The day the review compares today with. */
export const previousDay = (today: Day): Day => addDays(today, -TREND_DAYS);
