/** Loads everything recorded up to a day, for trends and the report (domain/trends.ts). */
import type { Db } from './open.js';
import { allEvents, allIntros } from './repos/events.js';
import { allLedger, allTouches } from './repos/ledger.js';
import { allPeople } from './repos/people.js';
import { getProfile } from './repos/profile.js';
import type { Day } from '../domain/dates.js';
import type { History } from '../domain/trends.js';

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
    };
  })();
}
