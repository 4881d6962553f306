import { writeTx } from '../db/tx.js';
import { addEventPerson, insertEvent } from '../db/repos/events.js';
import { insertLedger } from '../db/repos/ledger.js';
import { insertPerson, markMet, newPerson } from '../db/repos/people.js';
import { cleanName } from '../domain/names.js';
import { EVENT_KINDS, PURPOSES, parseEventKind, parsePurpose } from '../domain/vocab.js';
import type { Finding } from '../domain/finding.js';
import type { Person } from '../domain/types.js';
import { immediateFindings } from './support/findings.js';
import type { Deps } from './support/deps.js';
import { eventJson, type PersonRef } from './support/json.js';
import * as parse from './support/parse.js';
import { findPerson, resolvePerson } from './support/resolve.js';
import { UsageError } from '../errors.js';

export interface EventOptions {
  name: string;
  kind?: string;
  purpose?: string;
  date?: string;
  cost?: string;
  hours?: string;
  met?: string[];
  for?: string;
}

export interface EventResult {
  event: ReturnType<typeof eventJson>;
  met: (PersonRef & { new: boolean })[];
  for: PersonRef | null;
  findings: Finding[];
}

export async function event(opts: EventOptions, deps: Deps): Promise<EventResult> {
  const { db, today } = deps;
  const name = parse.text('<name>', opts.name, 200);
  if (opts.kind === undefined)
    throw new UsageError('invalidValue', { option: '--kind', value: '', valid: EVENT_KINDS });
  const kind = parse.choice('--kind', opts.kind, parseEventKind, EVENT_KINDS)!;
  const purpose = parse.choice('--purpose', opts.purpose, parsePurpose, PURPOSES) ?? null;
  const date = parse.pastDay('--date', opts.date, today);
  const cost = parse.amount('--cost', opts.cost);
  const hours = parse.amount('--hours', opts.hours);
  const forPerson = opts.for !== undefined ? resolvePerson(db, opts.for) : null;

  // Resolve everyone before writing anything: an ambiguous name stops the whole command.
  const known: Person[] = [];
  const added: string[] = [];
  for (const raw of parse.list(opts.met, '--met', 200)) {
    const found = findPerson(db, raw);
    if (found === 'none') {
      const n = cleanName(raw);
      if (!added.includes(n)) added.push(n);
    } else if (!known.some((p) => p.id === found.id)) known.push(found);
  }
  if (forPerson && !known.some((p) => p.id === forPerson.id)) known.push(forPerson);

  const stamp = deps.now.toISOString();
  const record = { name, kind, purpose, date, cost, hours, forPersonId: forPerson?.id ?? null };
  const { eventId, ledgerIds, met } = writeTx(db, () => {
    const id = insertEvent(db, record, stamp);
    const people: (PersonRef & { new: boolean })[] = [];
    for (const p of known) {
      addEventPerson(db, id, p.id);
      markMet(db, p.id, date);
      people.push({ id: p.id, name: p.name, new: false });
    }
    for (const n of added) {
      const pid = insertPerson(db, newPerson(n, { origin: 'event', originEventId: id, met: date }), stamp);
      addEventPerson(db, id, pid);
      people.push({ id: pid, name: n, new: true });
    }
    const ids: number[] = [];
    if (forPerson) {
      ids.push(
        insertLedger(
          db,
          { personId: forPerson.id, direction: 'give', kind: 'attend', what: name, date, eventId: id },
          stamp,
        ),
      );
    }
    return { eventId: id, ledgerIds: ids, met: people };
  });
  return {
    event: eventJson({ id: eventId, ...record, people: met.map((p) => p.id) }),
    met,
    for: forPerson ? { id: forPerson.id, name: forPerson.name } : null,
    findings: immediateFindings(deps, { eventIds: [eventId], ledgerIds }),
  };
}
