import { writeTx } from '../db/tx.js';
import { DataError, UsageError } from '../errors.js';
import { getNeed, setNeed } from '../db/repos/needs.js';
import { addContacts, contactsFor, removeContacts } from '../db/repos/contacts.js';
import { getPerson, updatePerson } from '../db/repos/people.js';
import { parseOrigin, ORIGINS } from '../domain/vocab.js';
import type { Person } from '../domain/types.js';
import type { PersonFlags } from './add.js';
import type { Finding } from '../domain/finding.js';
import type { Deps } from './support/deps.js';
import { immediateFindings } from './support/findings.js';
import { personJson, type PersonJson } from './support/json.js';
import * as parse from './support/parse.js';
import { resolvePerson, sameName } from './support/resolve.js';

export interface EditOptions extends PersonFlags {
  person: string;
  name?: string;
  dropNick?: string[];
  untag?: string[];
  dropEmail?: string[];
  dropPhone?: string[];
  again?: boolean;
  /** What they are working on or need now; '' clears it. */
  needs?: string;
}

export interface EditResult {
  person: PersonJson;
  changed: string[];
  findings: Finding[];
}

export async function edit(opts: EditOptions, deps: Deps): Promise<EditResult> {
  const { db, today } = deps;
  const before = resolvePerson(db, opts.person);
  const p: Person = { ...before, nicknames: [...before.nicknames], tags: [...before.tags] };
  const changed: string[] = [];
  const set = <K extends keyof Person>(key: K, value: Person[K] | undefined, label: string) => {
    if (value === undefined) return;
    p[key] = value;
    if (JSON.stringify(before[key]) !== JSON.stringify(value)) changed.push(label);
  };

  if (opts.name !== undefined) {
    const name = parse.personName(opts.name);
    const clash = sameName(db, name);
    if (clash && clash.id !== p.id && !opts.again) throw new DataError('personExists', clash);
    set('name', name, 'name');
  }
  set('origin', parse.choice('--origin', opts.origin, parseOrigin, ORIGINS), 'origin');
  if (opts.via !== undefined) {
    const via = resolvePerson(db, opts.via);
    if (via.id === p.id) throw new UsageError('selfIntro', { name: p.name });
    set('introducerId', via.id, 'introducer');
    if (opts.origin === undefined) set('origin', 'intro', 'origin');
  }
  const nicks = parse.list(opts.nick, '--nick');
  const dropNicks = parse.list(opts.dropNick, '--drop-nick');
  set(
    'nicknames',
    [...p.nicknames.filter((n) => !dropNicks.includes(n)), ...nicks.filter((n) => !p.nicknames.includes(n))],
    'nicknames',
  );
  const tags = parse.list(opts.tag, '--tag');
  const untags = parse.list(opts.untag, '--untag');
  set(
    'tags',
    [...p.tags.filter((t) => !untags.includes(t)), ...tags.filter((t) => !p.tags.includes(t))],
    'tags',
  );
  set('note', parse.optionalText('--note', opts.note), 'note');
  if (opts.date !== undefined) set('met', parse.pastDay('--date', opts.date, today), 'met');
  set('every', parse.cadence(opts.every), 'every');
  set('circle', parse.circle(opts.circle), 'circle');
  set('birthday', parse.birthday(opts.birthday, deps.today), 'birthday');
  set('org', parse.optionalText('--org', opts.org, 200), 'org');
  set('place', parse.optionalText('--where', opts.where, 200), 'where');
  set('reading', parse.reading(opts.reading), 'reading');
  const had = contactsFor(db, p.id);
  const add = { emails: parse.emails(opts.email), phones: parse.phones(opts.phone) };
  const drop = {
    emails: parse.emails(opts.dropEmail, '--drop-email'),
    phones: parse.phones(opts.dropPhone, '--drop-phone'),
  };
  if (add.emails.some((e) => !had.emails.includes(e)) || drop.emails.some((e) => had.emails.includes(e)))
    changed.push('emails');
  if (add.phones.some((e) => !had.phones.includes(e)) || drop.phones.some((e) => had.phones.includes(e)))
    changed.push('phones');
  set('ahead', opts.ahead, 'ahead');
  set('chemistry', opts.chemistry, 'chemistry');
  set('target', opts.target, 'target');

  const given =
    [
      opts.name,
      opts.origin,
      opts.via,
      opts.note,
      opts.date,
      opts.every,
      opts.circle,
      opts.birthday,
      opts.ahead,
      opts.chemistry,
      opts.target,
      opts.needs,
      opts.org,
      opts.where,
      opts.reading,
    ].some((v) => v !== undefined) ||
    [opts.nick, opts.dropNick, opts.tag, opts.untag].some((xs) => xs !== undefined && xs.length > 0) ||
    add.emails.length + add.phones.length + drop.emails.length + drop.phones.length > 0;
  if (!given) throw new UsageError('nothingToEdit', { name: before.name });
  const oldNeed = getNeed(db, p.id);
  const needText =
    opts.needs === undefined
      ? undefined
      : opts.needs.trim() === ''
        ? null
        : parse.text('--needs', opts.needs);
  const needChanged = needText !== undefined && needText !== (oldNeed?.what ?? null);
  if (needChanged) changed.push('needs');
  if (changed.length > 0)
    writeTx(db, () => {
      updatePerson(db, p);
      if (needChanged) setNeed(db, p.id, needText === null ? null : { what: needText!, on: today });
      removeContacts(db, p.id, drop);
      addContacts(db, p.id, add);
    });
  const after = getPerson(db, p.id)!;
  const via = after.introducerId === null ? null : getPerson(db, after.introducerId);
  return {
    person: personJson(after, via ? { id: via.id, name: via.name } : null, contactsFor(db, p.id)),
    changed,
    findings: immediateFindings(deps, {}),
  };
}
