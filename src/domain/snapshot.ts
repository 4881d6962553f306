import type { EventRecord, Intro, LedgerEntry, Person, Profile, Touch } from './types.js';

/** Everything the rules read, loaded once per run. */
export interface Snapshot {
  people: Person[];
  ledger: LedgerEntry[];
  touches: Touch[];
  events: EventRecord[];
  intros: Intro[];
  profile: Profile;
}
