import { writeTx } from '../db/tx.js';
import { UsageError } from '../errors.js';
import { insertLedger } from '../db/repos/ledger.js';
import { markMet } from '../db/repos/people.js';
import { LEDGER_KINDS, parseLedgerKind, type LedgerKind } from '../domain/vocab.js';
import type { Direction } from '../domain/types.js';
import type { Finding } from '../domain/finding.js';
import { immediateFindings } from './support/findings.js';
import type { Deps } from './support/deps.js';
import { ledgerJson, type PersonRef } from './support/json.js';
import * as parse from './support/parse.js';
import { resolvePerson } from './support/resolve.js';

export interface LedgerOptions {
  person: string;
  what: string;
  kind?: string;
  date?: string;
  /** A take they gave unasked. */
  offered?: boolean;
}

export interface LedgerResult {
  direction: Direction;
  person: PersonRef;
  entry: ReturnType<typeof ledgerJson>;
  findings: Finding[];
}

export const give = (opts: LedgerOptions, deps: Deps) => record('give', opts, deps);
export const take = (opts: LedgerOptions, deps: Deps) => record('take', opts, deps);

async function record(direction: Direction, opts: LedgerOptions, deps: Deps): Promise<LedgerResult> {
  const { db, today } = deps;
  const kind: LedgerKind = parse.choice('--kind', opts.kind, parseLedgerKind, LEDGER_KINDS) ?? 'other';
  if (direction === 'give' && kind === 'sale') throw new UsageError('saleIsTake', undefined);
  const offered = direction === 'take' && opts.offered === true;
  if (offered && kind === 'sale') throw new UsageError('offeredSale', undefined);
  const what = parse.text('<what>', opts.what);
  const date = parse.pastDay('--date', opts.date, today);
  const person = resolvePerson(db, opts.person);
  const entry = { personId: person.id, direction, kind, what, date, eventId: null, offered };
  const id = writeTx(db, () => {
    const newId = insertLedger(db, entry, deps.now.toISOString());
    markMet(db, person.id, date);
    return newId;
  });
  return {
    direction,
    person: { id: person.id, name: person.name },
    entry: ledgerJson({ id, ...entry }),
    findings: immediateFindings(deps, { ledgerIds: [id] }),
  };
}
