/** Loading what the rules read: a recent window of rows plus all-time aggregates per person. */
import type { Db } from './open.js';
import { loadAggregates } from './repos/aggregates.js';
import { allEvents, allIntros } from './repos/events.js';
import { allLedger, inboundDays, windowRows, type WindowRows } from './repos/ledger.js';
import { allNeeds } from './repos/needs.js';
import { rulePeople } from './repos/rule-people.js';
import { getProfile } from './repos/profile.js';
import type { Snapshot } from '../domain/snapshot.js';
import type { Day } from '../domain/dates.js';

export interface SnapshotScope {
  /** Gives, takes and touches from this day on (all-time facts come from aggregates). */
  since?: Day;
  /** Only these people, their rows and introductions, and only recent events (a write's findings need no more). */
  personIds?: readonly number[];
  /** Events a write just made, loaded whatever their date. */
  eventIds?: readonly number[];
  /** false: no events at all (a write that made none: only event rules read them, about events). */
  withEvents?: boolean;
  /** Each person's latest take in their facts (remind's ideas read it; no rule does). */
  lastTake?: boolean;
}

export function loadSnapshot(db: Db, scope: SnapshotScope = {}): Snapshot {
  return db.transaction(() => ({
    people: rulePeople(db, scope.personIds),
    ...(scope.since
      ? window(windowRows(db, scope.since, scope.personIds))
      : { ledger: allLedger(db, undefined, scope.personIds) }),
    inbound: inboundDays(db, scope.since, scope.personIds),
    events:
      scope.withEvents === false
        ? []
        : scope.personIds
          ? allEvents(db, scope.since, scope.eventIds)
          : allEvents(db),
    intros: allIntros(db, scope.personIds),
    profile: getProfile(db),
    agg: loadAggregates(db, scope.personIds, { lastTake: scope.lastTake === true }),
    needs: allNeeds(db, scope.personIds),
    since: scope.since ?? null,
  }))();
}

/** A window's rows in the snapshot: the takes as its ledger, the gives apart. */
const window = (rows: WindowRows) => ({ ledger: rows.takes, gives: rows.gives });
