import type { PersonAgg } from './aggregate.js';
import type { Day } from './dates.js';
import type { GiveLog } from './give-log.js';
import type { EventRecord, Intro, LedgerEntry, Need, Profile, RulePerson } from './types.js';

/**
 * What the rules read, loaded once per run. Gives and takes are the rows of a recent window (from
 * `since` on; null: all of them), of touches only the days of the inbound ones (the metrics count
 * them; nothing reads touch rows); all-time facts per person are in `agg`, so the work grows with
 * the window, not with years of history.
 */
export interface Snapshot {
  people: RulePerson[];
  /** Gives and takes in (date, id) order; only the takes when `gives` is given. */
  ledger: LedgerEntry[];
  /** The window's gives without an object each, as the db reads them (else made from `ledger`). */
  gives?: GiveLog;
  /** The days of the window's inbound touches (someone reached out to you). */
  inbound: Day[];
  events: EventRecord[];
  intros: Intro[];
  profile: Profile;
  agg: Map<number, PersonAgg>;
  /** What people are working on or need, as noted. */
  needs: Map<number, Need>;
  since: Day | null;
}
