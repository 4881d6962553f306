import { writeTx } from '../db/tx.js';
import { UsageError } from '../errors.js';
import { findIntro, insertIntro, metNoLaterThan, setIntroDate } from '../db/repos/events.js';
import { insertLedger } from '../db/repos/ledger.js';
import { getPerson, insertPerson, markMet, newPerson, updatePerson } from '../db/repos/people.js';
import type { Finding } from '../domain/finding.js';
import { immediateFindings } from './support/findings.js';
import type { Deps } from './support/deps.js';
import type { PersonRef } from './support/json.js';
import * as parse from './support/parse.js';
import { findPerson, resolvePerson } from './support/resolve.js';

export interface IntroOptions {
  introducer: string;
  person: string;
  date?: string;
}

export interface IntroResult {
  intro: { id: number; date: string };
  introducer: PersonRef;
  person: PersonRef & { new: boolean };
  findings: Finding[];
}

/** `introducer` introduced you to `person`: a new person comes in with origin intro. */
export async function intro(opts: IntroOptions, deps: Deps): Promise<IntroResult> {
  const { db, today } = deps;
  const date = parse.pastDay('--date', opts.date, today);
  const introducer = resolvePerson(db, opts.introducer);
  const found = findPerson(db, opts.person);
  if (found !== 'none' && found.id === introducer.id)
    throw new UsageError('selfIntro', { name: introducer.name });
  const name = found === 'none' ? parse.personName(opts.person) : found.name;
  const stamp = deps.now.toISOString();
  const {
    introId,
    personId,
    date: introDate,
  } = writeTx(db, () => {
    let pid: number;
    if (found === 'none') {
      pid = insertPerson(
        db,
        newPerson(name, { origin: 'intro', introducerId: introducer.id, met: date }),
        stamp,
      );
    } else {
      pid = found.id;
      // Someone recorded without a story of how you met now has one.
      if (found.origin === 'other' && found.introducerId === null) {
        updatePerson(db, { ...getPerson(db, pid)!, origin: 'intro', introducerId: introducer.id });
      }
      markMet(db, pid, date);
    }
    // The same introduction told twice (add --via, then rel intro) is one: the earlier date wins.
    const already = found === 'none' ? undefined : findIntro(db, introducer.id, pid);
    if (already) {
      if (date < already.date) setIntroDate(db, already.id, date);
      metNoLaterThan(db, pid, date < already.date ? date : already.date);
      return { introId: already.id, personId: pid, date: date < already.date ? date : already.date };
    }
    return {
      introId: insertIntro(db, { introducerId: introducer.id, personId: pid, date }, stamp),
      personId: pid,
      date,
    };
  });
  return {
    intro: { id: introId, date: introDate },
    introducer: { id: introducer.id, name: introducer.name },
    person: { id: personId, name, new: found === 'none' },
    findings: immediateFindings(deps, { introIds: [introId] }),
  };
}

export interface IntroByMeOptions {
  a: string;
  b: string;
  date?: string | undefined;
}

export interface IntroByMeResult {
  byMe: true;
  date: string;
  people: [PersonRef, PersonRef];
  /** The give to each of the two, in the order named. */
  gives: number[];
  findings: Finding[];
}

/** You introduced two people you know to each other: one act, a give to both. */
export async function introByMe(opts: IntroByMeOptions, deps: Deps): Promise<IntroByMeResult> {
  const { db, today } = deps;
  const date = parse.pastDay('--date', opts.date, today);
  const a = resolvePerson(db, opts.a);
  const b = resolvePerson(db, opts.b);
  if (a.id === b.id) throw new UsageError('selfIntro', { name: a.name });
  const stamp = deps.now.toISOString();
  const what = (other: string) => deps.t.cli.introducedTo({ name: other });
  const gives = writeTx(db, () =>
    [
      [a, b],
      [b, a],
    ].map(([to, other]) => {
      const id = insertLedger(
        db,
        { personId: to!.id, direction: 'give', kind: 'intro', what: what(other!.name), date, eventId: null },
        stamp,
      );
      markMet(db, to!.id, date);
      return id;
    }),
  );
  return {
    byMe: true,
    date,
    people: [
      { id: a.id, name: a.name },
      { id: b.id, name: b.name },
    ],
    gives,
    findings: immediateFindings(deps, { ledgerIds: gives }),
  };
}
