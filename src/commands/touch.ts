import { writeTx } from '../db/tx.js';
import { insertTouch } from '../db/repos/ledger.js';
import { markMet } from '../db/repos/people.js';
import { parseTouchKind, TOUCH_KINDS } from '../domain/vocab.js';
import type { Finding } from '../domain/finding.js';
import { immediateFindings } from './support/findings.js';
import type { Deps } from './support/deps.js';
import { touchJson, type PersonRef } from './support/json.js';
import * as parse from './support/parse.js';
import { resolvePerson } from './support/resolve.js';

export interface TouchOptions {
  person: string;
  note?: string | undefined;
  date?: string | undefined;
  inbound?: boolean | undefined;
  kind?: string | undefined;
}

export interface TouchResult {
  person: PersonRef;
  touch: ReturnType<typeof touchJson>;
  findings: Finding[];
}

export async function touch(opts: TouchOptions, deps: Deps): Promise<TouchResult> {
  const { db, today } = deps;
  const note = parse.optionalText('<note>', opts.note) ?? null;
  const kind = parse.choice('--kind', opts.kind, parseTouchKind, TOUCH_KINDS) ?? null;
  const date = parse.pastDay('--date', opts.date, today);
  const person = resolvePerson(db, opts.person);
  const t = { personId: person.id, date, note, inbound: opts.inbound === true, kind };
  const id = writeTx(db, () => {
    const newId = insertTouch(db, t, deps.now.toISOString());
    markMet(db, person.id, date);
    return newId;
  });
  return {
    person: { id: person.id, name: person.name },
    touch: touchJson({ id, ...t }),
    findings: immediateFindings(deps, {}),
  };
}
