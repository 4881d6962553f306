import { writeTx } from '../db/tx.js';
import { DataError } from '../errors.js';
import { addContacts, contactsFor } from '../db/repos/contacts.js';
import { insertIntro } from '../db/repos/events.js';
import { getPerson, insertPerson, newPerson } from '../db/repos/people.js';
import { parseOrigin, ORIGINS, type Origin } from '../domain/vocab.js';
import type { Finding } from '../domain/finding.js';
import { immediateFindings } from './findings.js';
import type { Deps } from './deps.js';
import { personJson, type PersonJson } from './json.js';
import * as parse from './parse.js';
import { resolvePerson, sameName } from './resolve.js';

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
  const birthday = parse.birthday(opts.birthday) ?? null;
  const nicknames = parse.list(opts.nick, '--nick');
  const tags = parse.list(opts.tag, '--tag');
  const note = parse.optionalText('--note', opts.note) ?? null;
  const contacts = { emails: parse.emails(opts.email), phones: parse.phones(opts.phone) };
  const org = parse.optionalText('--org', opts.org, 200) ?? null;
  const place = parse.optionalText('--where', opts.where, 200) ?? null;
  const reading = parse.reading(opts.reading) ?? null;
  const existing = sameName(db, name);
  if (existing && !opts.again) throw new DataError('personExists', existing);

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
  };
}
