import type { Db } from './open.js';
import { allEvents, allIntros } from './repos/events.js';
import { allLedger, allTouches } from './repos/ledger.js';
import { allPeople } from './repos/people.js';
import { getProfile } from './repos/profile.js';
import type { Snapshot } from '../domain/snapshot.js';

export function loadSnapshot(db: Db): Snapshot {
  return db.transaction(() => ({
    people: allPeople(db),
    ledger: allLedger(db),
    touches: allTouches(db),
    events: allEvents(db),
    intros: allIntros(db),
    profile: getProfile(db),
  }))();
}
