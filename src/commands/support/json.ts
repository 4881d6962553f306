/** The JSON shapes of records, shared by every command that prints them. */
import type { ContactPoints } from '../../db/repos/contacts.js';
import type { PersonRef } from '../../db/person-page.js';
import type { EventRecord, LedgerEntry, Person, Touch } from '../../domain/types.js';

export type { PersonRef };

/** A person as JSON; their emails and phones when `contacts` is given. */
export function personJson(p: Person, introducer?: PersonRef | null, contacts?: ContactPoints) {
  return {
    id: p.id,
    name: p.name,
    nicknames: p.nicknames,
    tags: p.tags,
    origin: p.origin,
    introducer: introducer ?? null,
    met: p.met,
    every: p.every,
    circle: p.circle,
    birthday: p.birthday,
    ahead: p.ahead,
    chemistry: p.chemistry,
    target: p.target,
    prep: p.target ? p.prep : undefined,
    snoozedUntil: p.snoozedUntil ?? undefined,
    org: p.org ?? undefined,
    reading: p.reading ?? undefined,
    where: p.place ?? undefined,
    emails: contacts?.emails,
    phones: contacts?.phones,
    note: p.note,
  };
}
export type PersonJson = ReturnType<typeof personJson>;

export const ledgerJson = (e: LedgerEntry) => ({
  id: e.id,
  kind: e.kind,
  what: e.what,
  date: e.date,
  eventId: e.eventId,
  ...(e.direction === 'take' ? { offered: e.offered } : {}),
});

export const touchJson = (t: Touch) => ({
  id: t.id,
  date: t.date,
  kind: t.kind,
  note: t.note,
  inbound: t.inbound,
});

export const eventJson = (e: EventRecord) => ({
  id: e.id,
  name: e.name,
  kind: e.kind,
  purpose: e.purpose,
  date: e.date,
  cost: e.cost,
  hours: e.hours,
  forPersonId: e.forPersonId,
});
