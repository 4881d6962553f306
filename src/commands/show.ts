/** `rel show`: one person's page, with what is due and the JSON shapes of their records. */
import { personPage, type TimelineItem } from '../db/person-page.js';
import type { Need } from '../domain/types.js';
import { daysBetween, type Day } from '../domain/dates.js';
import { effectiveCadence, nextDue } from '../domain/cadence.js';
import { importantDates, type DateItem } from '../domain/reminders.js';
import type { Deps } from './support/deps.js';
import {
  eventJson,
  ledgerJson,
  personJson,
  touchJson,
  type PersonJson,
  type PersonRef,
} from './support/json.js';
import { resolvePerson } from './support/resolve.js';

export type { TimelineItem };

export interface ShowResult {
  person: PersonJson;
  originEvent: PersonRef | null;
  balance: { gives: number; takes: number };
  lastTouch: Day | null;
  nextDue: Day | null;
  /** The keep-in-touch rhythm that applies: their own, or their circle's. */
  every: string | null;
  /** Days past the rhythm (0 or more) when nextDue has passed; null when not due. */
  overdue: number | null;
  gives: ReturnType<typeof ledgerJson>[];
  takes: ReturnType<typeof ledgerJson>[];
  touches: ReturnType<typeof touchJson>[];
  events: ReturnType<typeof eventJson>[];
  introducedBy: (PersonRef & { date: Day })[];
  introduced: (PersonRef & { date: Day })[];
  /** What they are working on or need now, and when you noted it. */
  needs: Need | null;
  timeline: TimelineItem[];
  /** Important dates (rel date): coming ones soonest first, then past one-off dates. */
  dates: DateItem[];
}

export async function show(opts: { person: string }, deps: Deps): Promise<ShowResult> {
  const p = resolvePerson(deps.db, opts.person);
  const page = personPage(deps.db, p);
  const due = nextDue(p, page.lastTouch);
  return {
    person: personJson(p, page.introducer, page.contacts),
    originEvent: page.originEvent,
    balance: page.balance,
    lastTouch: page.lastTouch,
    nextDue: due,
    every: effectiveCadence(p),
    overdue: due !== null && due < deps.today ? daysBetween(due, deps.today) : null,
    gives: page.ledger.filter((e) => e.direction === 'give').map(ledgerJson),
    takes: page.ledger.filter((e) => e.direction === 'take').map(ledgerJson),
    touches: page.touches.map(touchJson),
    events: page.events.map(eventJson),
    introducedBy: page.introducedBy,
    introduced: page.introduced,
    needs: page.need,
    timeline: page.timeline,
    dates: importantDates(page.dates, deps.today, null),
  };
}
