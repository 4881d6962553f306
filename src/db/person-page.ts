/**
 * Everything recorded about one person, gathered for their page: `rel show` words it for the
 * terminal and JSON, the journal (`rel export --format markdown`) writes it as Markdown.
 */
import type { Day } from '../domain/dates.js';
import type { EventRecord, LedgerEntry, Need, Person, Touch } from '../domain/types.js';
import type { TouchKind } from '../domain/vocab.js';
import type { Db } from './open.js';
import { contactsFor, type ContactPoints } from './repos/contacts.js';
import { datesFor, type ImportantDate } from './repos/dates.js';
import { eventsFor, introsInvolving } from './repos/events.js';
import { ledgerFor, touchesFor } from './repos/ledger.js';
import { getNeed } from './repos/needs.js';
import { getPerson } from './repos/people.js';

/** Another person, by id and name. */
export interface PersonRef {
  id: number;
  name: string;
}

export type TimelineItem =
  | { date: Day; type: 'met' }
  | { date: Day; type: 'give' | 'take'; kind: string; what: string; offered: boolean }
  | { date: Day; type: 'touch'; kind: TouchKind | null; note: string | null; inbound: boolean }
  | { date: Day; type: 'event'; name: string; kind: string }
  | { date: Day; type: 'introducedBy' | 'introduced'; person: PersonRef };

export interface PersonPage {
  person: Person;
  introducer: PersonRef | null;
  contacts: ContactPoints;
  /** The event where you met, when it was recorded. */
  originEvent: PersonRef | null;
  ledger: LedgerEntry[];
  touches: Touch[];
  events: EventRecord[];
  balance: { gives: number; takes: number };
  introducedBy: (PersonRef & { date: Day })[];
  introduced: (PersonRef & { date: Day })[];
  /** The last give, take, touch or shared event. */
  lastTouch: Day | null;
  need: Need | null;
  dates: ImportantDate[];
  /** Everything dated, oldest first. */
  timeline: TimelineItem[];
}

export function personPage(db: Db, p: Person): PersonPage {
  const ref = (id: number): PersonRef => ({ id, name: getPerson(db, id)?.name ?? `#${id}` });
  const ledger = ledgerFor(db, p.id);
  const touches = touchesFor(db, p.id);
  const events = eventsFor(db, p.id);
  const theirs = events.filter((e) => e.people.includes(p.id));
  const intros = introsInvolving(db, p.id);
  const introducedBy = intros
    .filter((i) => i.personId === p.id)
    .map((i) => ({ ...ref(i.introducerId), date: i.date }));
  const introduced = intros
    .filter((i) => i.introducerId === p.id)
    .map((i) => ({ ...ref(i.personId), date: i.date }));
  const timeline: TimelineItem[] = [
    ...(p.met ? [{ date: p.met, type: 'met' as const }] : []),
    ...ledger.map((e) => ({
      date: e.date,
      type: e.direction,
      kind: e.kind,
      what: e.what,
      offered: e.offered,
    })),
    ...touches.map((t) => ({
      date: t.date,
      type: 'touch' as const,
      kind: t.kind,
      note: t.note,
      inbound: t.inbound,
    })),
    ...theirs.map((e) => ({ date: e.date, type: 'event' as const, name: e.name, kind: e.kind })),
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
    ...theirs.map((e) => e.date),
  ];
  const origin = p.originEventId === null ? undefined : events.find((e) => e.id === p.originEventId);
  return {
    person: p,
    introducer: p.introducerId === null ? null : ref(p.introducerId),
    contacts: contactsFor(db, p.id),
    originEvent: origin ? { id: origin.id, name: origin.name } : null,
    ledger,
    touches,
    events,
    balance: {
      gives: ledger.filter((e) => e.direction === 'give').length,
      takes: ledger.filter((e) => e.direction === 'take').length,
    },
    introducedBy,
    introduced,
    lastTouch: touchDates.length ? touchDates.reduce((a, b) => (a > b ? a : b)) : null,
    need: getNeed(db, p.id),
    dates: datesFor(db, p.id),
    timeline,
  };
}
