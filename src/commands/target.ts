/** `rel target`: people you want to meet, and the prep for each (pinpoint-prep reads it). */
import { writeTx } from '../db/tx.js';
import { allPeople, getPerson, insertPerson, newPerson, updatePerson } from '../db/repos/people.js';
import type { Person, Prep } from '../domain/types.js';
import type { Finding } from '../domain/finding.js';
import type { Deps } from './support/deps.js';
import { immediateFindings } from './support/findings.js';
import * as parse from './support/parse.js';
import { findPerson } from './support/resolve.js';

export interface TargetOptions {
  person?: string;
  studied?: string;
  give?: string;
  reason?: string;
}

export interface TargetInfo {
  id: number;
  name: string;
  prep: Prep;
  missing: (keyof Prep)[];
  added?: boolean;
}

export interface TargetResult {
  targets: TargetInfo[];
  findings: Finding[];
}

const info = (p: Person, added?: boolean): TargetInfo => ({
  id: p.id,
  name: p.name,
  prep: p.prep,
  missing: (['studied', 'give', 'reason'] as const).filter((k) => !p.prep[k]),
  ...(added ? { added } : {}),
});

export async function target(opts: TargetOptions, deps: Deps): Promise<TargetResult> {
  const { db } = deps;
  if (opts.person === undefined)
    return {
      targets: allPeople(db)
        .filter((p) => p.target)
        .map((p) => info(p)),
      findings: [],
    };
  const patch: Partial<Prep> = {};
  for (const k of ['studied', 'give', 'reason'] as const) {
    const v = parse.optionalText(`--${k}`, opts[k], 500);
    if (v !== undefined) patch[k] = v;
  }
  const found = findPerson(db, opts.person);
  const name = found === 'none' ? parse.personName(opts.person) : found.name;
  const id = writeTx(db, () => {
    if (found === 'none') {
      return insertPerson(
        db,
        newPerson(name, { target: true, prep: { studied: null, give: null, reason: null, ...patch } }),
        deps.now.toISOString(),
      );
    }
    updatePerson(db, { ...found, target: true, prep: { ...found.prep, ...patch } });
    return found.id;
  });
  return { targets: [info(getPerson(db, id)!, found === 'none')], findings: immediateFindings(deps, {}) };
}
