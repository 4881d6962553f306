/** Matching imported people to those already recorded (name, email, phone), and merging them in. */
import type { Db } from '../db/open.js';
import { addContacts, allContacts, contactsFor } from '../db/repos/contacts.js';
import { allPeople, getPerson, insertPerson, newPerson, updatePerson } from '../db/repos/people.js';
import { fold } from '../domain/names.js';
import type { Person } from '../domain/types.js';
import type { ImportedPerson } from './types.js';

const nameKey = (s: string) => fold(s).replace(/ /g, '');
const phoneKey = (s: string) => s.replace(/\D/g, '').replace(/^81(?=\d{9,10}$)/, '0');

export class PersonIndex {
  private byName = new Map<string, number>();
  private byEmail = new Map<string, number>();
  private byPhone = new Map<string, number>();

  constructor(db: Db) {
    const contacts = allContacts(db);
    for (const p of allPeople(db))
      this.add(p.id, p.name, contacts.get(p.id)?.emails ?? [], contacts.get(p.id)?.phones ?? []);
  }

  add(id: number, name: string, emails: readonly string[], phones: readonly string[]): void {
    if (!this.byName.has(nameKey(name))) this.byName.set(nameKey(name), id);
    for (const e of emails) if (!this.byEmail.has(e.toLowerCase())) this.byEmail.set(e.toLowerCase(), id);
    for (const t of phones)
      if (phoneKey(t).length >= 6 && !this.byPhone.has(phoneKey(t))) this.byPhone.set(phoneKey(t), id);
  }

  /** The person this imported one is, and what matched: email first, then phone, then name. */
  find(
    p: Pick<ImportedPerson, 'name' | 'emails' | 'phones'>,
  ): { id: number; by: 'email' | 'phone' | 'name' } | undefined {
    for (const e of p.emails) {
      const id = this.byEmail.get(e.toLowerCase());
      if (id !== undefined) return { id, by: 'email' };
    }
    for (const t of p.phones) {
      const id = this.byPhone.get(phoneKey(t));
      if (id !== undefined) return { id, by: 'phone' };
    }
    const id = this.byName.get(nameKey(p.name));
    return id === undefined ? undefined : { id, by: 'name' };
  }
}

export type Applied =
  | { action: 'added'; id: number; name: string }
  | { action: 'merged'; id: number; name: string; into: string; by: string }
  | { action: 'unchanged'; id: number; name: string };

const union = (a: readonly string[], b: readonly string[]) => [...a, ...b.filter((x) => !a.includes(x))];

/** Adds the imported person, or merges what is new about them into the person they match. */
export function applyImported(db: Db, p: ImportedPerson, index: PersonIndex, stamp: string): Applied {
  const hit = index.find(p);
  if (!hit) {
    const id = insertPerson(
      db,
      newPerson(p.name, {
        nicknames: p.nicknames,
        tags: p.tags,
        note: p.note,
        org: p.org,
        reading: p.reading,
        place: p.place,
        birthday: p.birthday,
        met: p.met,
        origin: p.origin ?? 'other',
      }),
      stamp,
    );
    addContacts(db, id, p);
    index.add(id, p.name, p.emails, p.phones);
    return { action: 'added', id, name: p.name };
  }
  const cur = getPerson(db, hit.id)!;
  const next: Person = {
    ...cur,
    nicknames: union(cur.nicknames, [
      ...p.nicknames,
      ...(nameKey(p.name) !== nameKey(cur.name) ? [p.name] : []),
    ]),
    tags: union(cur.tags, p.tags),
    note: cur.note ?? p.note,
    org: cur.org ?? p.org,
    reading: cur.reading ?? p.reading,
    place: cur.place ?? p.place,
    birthday: cur.birthday ?? p.birthday,
    met: cur.met && p.met ? (cur.met < p.met ? cur.met : p.met) : (cur.met ?? p.met),
  };
  const before = JSON.stringify(contactsFor(db, cur.id));
  addContacts(db, cur.id, p);
  index.add(cur.id, cur.name, p.emails, p.phones);
  const changed =
    JSON.stringify(next) !== JSON.stringify(cur) || JSON.stringify(contactsFor(db, cur.id)) !== before;
  if (JSON.stringify(next) !== JSON.stringify(cur)) updatePerson(db, next);
  return changed
    ? { action: 'merged', id: cur.id, name: p.name, into: cur.name, by: hit.by }
    : { action: 'unchanged', id: cur.id, name: cur.name };
}
