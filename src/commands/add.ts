import { writeTx } from '../db/tx.js';
import { DataError } from '../errors.js';
import { addContacts, contactsFor } from '../db/repos/contacts.js';
import { insertIntro } from '../db/repos/events.js';
import { getPerson, insertPerson, newPerson } from '../db/repos/people.js';
import { parseOrigin, ORIGINS, type Origin } from '../domain/vocab.js';
import type { Finding } from '../domain/finding.js';
import { immediateFindings } from './support/findings.js';
import type { Deps } from './support/deps.js';
import { personJson, type PersonJson } from './support/json.js';
import * as parse from './support/parse.js';
import { resolvePerson, sameName, similarPeople } from './support/resolve.js';

export interface PersonFlags {
  origin?: string;
  via?: string;
  nick?: string[];
  tag?: string[];
  note?: string;
  date?: string;
  every?: string;
  circle?: string;
  birthday?: string;
  ahead?: boolean;
  chemistry?: boolean;
  target?: boolean;
  email?: string[];
  phone?: string[];
  org?: string;
  where?: string;
  reading?: string;
}

export interface AddOptions extends PersonFlags {
  name: string;
  /** Record a second person with a name already in the network. */
  again?: boolean;
}

export interface AddResult {
  person: PersonJson;
  findings: Finding[];
  /** People already recorded under a name close to this one (maybe the same person). */
  similar: { id: number; name: string }[];
}

/** The `rel edit` line that does what an add of an existing name was trying to do. */
export function editSuggestion(name: string, opts: AddOptions): string {
  const q = (v: string) => (/^[\w@.:/+-]+$/.test(v) ? v : `"${v.replace(/(["\\$`])/g, '\\$1')}"`);
  const parts = ['rel edit', q(name)];
  const value = (flag: string, v: string | undefined) => v !== undefined && parts.push(flag, q(v));
  value('--origin', opts.origin);
  value('--via', opts.via);
  for (const n of opts.nick ?? []) parts.push('--nick', q(n));
  for (const t of opts.tag ?? []) parts.push('--tag', q(t));
  value('--note', opts.note);
  value('--date', opts.date);
  value('--every', opts.every);
  value('--circle', opts.circle);
  value('--birthday', opts.birthday);
  if (opts.ahead) parts.push('--ahead');
  if (opts.chemistry === false) parts.push('--no-chemistry');
  if (opts.target) parts.push('--target');
  return parts.join(' ');
}

export async function add(opts: AddOptions, deps: Deps): Promise<AddResult> {
  const { db, today } = deps;
  const name = parse.personName(opts.name);
  const target = opts.target === true;
  const met = opts.date === undefined && target ? null : parse.pastDay('--date', opts.date, today);
  let origin: Origin = parse.choice('--origin', opts.origin, parseOrigin, ORIGINS) ?? 'other';
  const introducer = opts.via !== undefined ? resolvePerson(db, opts.via) : undefined;
  if (introducer && opts.origin === undefined) origin = 'intro';
  const every = parse.cadence(opts.every) ?? null;
  const circle = parse.circle(opts.circle) ?? null;
  const birthday = parse.birthday(opts.birthday, today) ?? null;
  const nicknames = parse.list(opts.nick, '--nick');
  const tags = parse.list(opts.tag, '--tag');
  const note = parse.optionalText('--note', opts.note) ?? null;
  const contacts = { emails: parse.emails(opts.email), phones: parse.phones(opts.phone) };
  const org = parse.optionalText('--org', opts.org, 200) ?? null;
  const place = parse.optionalText('--where', opts.where, 200) ?? null;
  const reading = parse.reading(opts.reading) ?? null;
  const existing = sameName(db, name);
  if (existing && !opts.again) {
    throw new DataError('personExists', { ...existing, edit: editSuggestion(existing.name, opts) });
  }
  const similar = existing ? [] : similarPeople(db, name);

  const id = writeTx(db, () => {
    const newId = insertPerson(
      db,
      newPerson(name, {
        nicknames,
        tags,
        origin,
        introducerId: introducer?.id ?? null,
        note,
        org,
        place,
        reading,
        met,
        every,
        circle,
        birthday,
        ahead: opts.ahead === true,
        chemistry: opts.chemistry !== false,
        target,
      }),
      deps.now.toISOString(),
    );
    addContacts(db, newId, contacts);
    if (introducer)
      insertIntro(
        db,
        { introducerId: introducer.id, personId: newId, date: met ?? today },
        deps.now.toISOString(),
      );
    return newId;
  });
  const person = getPerson(db, id)!;
  return {
    person: personJson(
      person,
      introducer ? { id: introducer.id, name: introducer.name } : null,
      contactsFor(db, id),
    ),
    findings: immediateFindings(deps, {}),
    similar,
  };
}
