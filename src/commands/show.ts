import { getNeed } from '../db/repos/needs.js';
import type { Need } from '../domain/types.js';
import { contactsFor } from '../db/repos/contacts.js';
import { datesFor } from '../db/repos/dates.js';
import { eventsFor, introsInvolving } from '../db/repos/events.js';
import { ledgerFor, touchesFor } from '../db/repos/ledger.js';
import { getPerson } from '../db/repos/people.js';
import { daysBetween, type Day } from '../domain/dates.js';
import { effectiveCadence, nextDue } from '../domain/cadence.js';
import type { TouchKind } from '../domain/vocab.js';
import { importantDates, type DateItem } from '../domain/reminders.js';
import type { Deps } from './deps.js';
import { eventJson, ledgerJson, personJson, touchJson, type PersonJson, type PersonRef } from './json.js';
import { resolvePerson } from './resolve.js';

export type TimelineItem =
  | { date: Day; type: 'met' }
  | { date: Day; type: 'give' | 'take'; kind: string; what: string }
  | { date: Day; type: 'touch'; kind: TouchKind | null; note: string | null; inbound: boolean }
  | { date: Day; type: 'event'; name: string; kind: string }
  | { date: Day; type: 'introducedBy' | 'introduced'; person: PersonRef };

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
  const { db } = deps;
  const p = resolvePerson(db, opts.person);
  const ref = (id: number): PersonRef => ({ id, name: getPerson(db, id)?.name ?? `#${id}` });
  const ledger = ledgerFor(db, p.id);
  const touches = touchesFor(db, p.id);
  const events = eventsFor(db, p.id);
  const intros = introsInvolving(db, p.id);
  const introducedBy = intros
    .filter((i) => i.personId === p.id)
    .map((i) => ({ ...ref(i.introducerId), date: i.date }));
  const introduced = intros
    .filter((i) => i.introducerId === p.id)
    .map((i) => ({ ...ref(i.personId), date: i.date }));
  const timeline: TimelineItem[] = [
    ...(p.met ? [{ date: p.met, type: 'met' as const }] : []),
    ...ledger.map((e) => ({ date: e.date, type: e.direction, kind: e.kind, what: e.what })),
    ...touches.map((t) => ({
      date: t.date,
      type: 'touch' as const,
      kind: t.kind,
      note: t.note,
      inbound: t.inbound,
    })),
    ...events
      .filter((e) => e.people.includes(p.id))
      .map((e) => ({ date: e.date, type: 'event' as const, name: e.name, kind: e.kind })),
    ...introducedBy.map((i) => ({
      date: i.date,
      type: 'introducedBy' as const,
      person: { id: i.id, name: i.name },
    })),
    ...introduced.map((i) => ({
      date: i.date,
      type: 'introduced' as const,
      person: { id: i.id, name: i.name },
    })),
  ].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const touchDates = [
    ...ledger.map((e) => e.date),
    ...touches.map((t) => t.date),
    ...events.filter((e) => e.people.includes(p.id)).map((e) => e.date),
  ];
  const lastTouch = touchDates.length ? touchDates.reduce((a, b) => (a > b ? a : b)) : null;
  const originEvent = p.originEventId === null ? null : events.find((e) => e.id === p.originEventId);
  const due = nextDue(p, lastTouch);
  return {
    person: personJson(p, p.introducerId === null ? null : ref(p.introducerId), contactsFor(db, p.id)),
    originEvent: originEvent ? { id: originEvent.id, name: originEvent.name } : null,
    balance: {
      gives: ledger.filter((e) => e.direction === 'give').length,
      takes: ledger.filter((e) => e.direction === 'take').length,
    },
    lastTouch,
    nextDue: due,
    every: effectiveCadence(p),
    overdue: due !== null && due < deps.today ? daysBetween(due, deps.today) : null,
    gives: ledger.filter((e) => e.direction === 'give').map(ledgerJson),
    takes: ledger.filter((e) => e.direction === 'take').map(ledgerJson),
    touches: touches.map(touchJson),
    events: events.map(eventJson),
    introducedBy,
    introduced,
    needs: getNeed(db, p.id),
    timeline,
    dates: importantDates(datesFor(db, p.id), deps.today, null),
  };
}
