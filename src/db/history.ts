/**
 * Loads what trends need (domain/trends.ts): everything up to a day; for the review, the metrics as
 * of 90 days ago, from the review's own network (db/metrics-at.ts).
 */
import type { Db } from './open.js';
import { metricsThen } from './metrics-at.js';
import { allEvents, allIntros } from './repos/events.js';
import { allLedger, allTouches } from './repos/ledger.js';
import { allNeeds } from './repos/needs.js';
import { allPeople } from './repos/people.js';
import { getProfile } from './repos/profile.js';
import type { Day } from '../domain/dates.js';
import type { Metrics, MetricWindows } from '../domain/metrics.js';
import type { Network } from '../domain/network.js';
import { previousDay, type History } from '../domain/trends.js';

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

/** The metrics as of 90 days before `today`, and who was a deep tie then (db/metrics-at.ts). */
export function previousState(
  db: Db,
  net: Network,
  today: Day,
  windows: MetricWindows,
): { day: Day; metrics: Metrics; deep: ReadonlySet<number> } {
  const day = previousDay(today);
  return { day, ...metricsThen(db, net, day, windows) };
}
