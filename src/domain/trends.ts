/**
 * Trends: the review's metrics as they stood on any past day, recomputed from the ledger itself (no
 * stored snapshots). Pure: the whole history and a day in, the same `Metrics` the review shows out.
 *
 * What the ledger cannot tell is taken as it is today: a person's rhythm, circle and snooze.
 */
import { aggregate } from './aggregate.js';
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
 * The snapshot the review would have loaded at the end of `day`: people met by then (and targets),
 * rows dated up to then, all-time aggregates computed from those rows only.
 */
export function snapshotAt(h: History, day: Day): Snapshot {
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
    agg: aggregate(ledger, touches, events),
    since: null,
  };
}

/** The review's metrics as of the end of `day`. */
export function metricsAt(h: History, day: Day): Metrics {
  return computeMetrics(new Network(snapshotAt(h, day), day));
}

/** The metrics as of `TREND_DAYS` before `today`: what the review compares against. */
export function previousMetrics(h: History, today: Day): Metrics {
  return metricsAt(h, addDays(today, -TREND_DAYS));
}
