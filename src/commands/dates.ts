/** `rel date`: important dates beside birthdays (an exam, a launch, an anniversary): note, list, remove. */
import { allDates, datesFor, findDate, putDate, removeDate } from '../db/repos/dates.js';
import { writeTx } from '../db/tx.js';
import type { Finding } from '../domain/finding.js';
import { dateItem, importantDates, type DateItem } from '../domain/reminders.js';
import { NotFoundError, UsageError } from '../errors.js';
import type { Deps } from './support/deps.js';
import type { PersonRef } from './support/json.js';
import * as parse from './support/parse.js';
import { resolvePerson } from './support/resolve.js';

export const MAX_LABEL = 200;

export interface DateSaved {
  date: DateItem;
  /** The label was already there and its date changed. */
  updated: boolean;
  findings: Finding[];
}

export interface DateList {
  /** Whose dates; null for everyone's. */
  person: PersonRef | null;
  dates: DateItem[];
}

export interface DateRemoved {
  removed: DateItem;
  findings: Finding[];
}

/** `rel date <person> <label> --on <date> [--yearly]`: without a year, --on is the next such day. */
export async function noteDate(
  opts: { person: string; label: string; on?: string; yearly?: boolean },
  deps: Deps,
): Promise<DateSaved> {
  const label = parse.text('<label>', opts.label, MAX_LABEL);
  if (opts.on === undefined) throw new UsageError('dateNeedsOn', { label });
  const on = parse.anyDay('--on', opts.on, deps.today);
  const p = resolvePerson(deps.db, opts.person);
  const yearly = opts.yearly === true;
  const updated = writeTx(deps.db, () => {
    const had = findDate(deps.db, p.id, label) !== undefined;
    putDate(deps.db, { personId: p.id, label, on, yearly }, deps.now.toISOString());
    return had;
  });
  return {
    date: dateItem({ personId: p.id, name: p.name, label, on, yearly }, deps.today),
    updated,
    findings: [],
  };
}

/** `rel date [<person>]`: coming dates soonest first, then past one-off dates. */
export async function listDates(opts: { person?: string }, deps: Deps): Promise<DateList> {
  if (opts.person === undefined)
    return { person: null, dates: importantDates(allDates(deps.db), deps.today, null) };
  const p = resolvePerson(deps.db, opts.person);
  return {
    person: { id: p.id, name: p.name },
    dates: importantDates(datesFor(deps.db, p.id), deps.today, null),
  };
}

/** `rel date rm <person> <label>` (the label ignoring case). */
export async function removeImportantDate(
  opts: { person: string; label: string },
  deps: Deps,
): Promise<DateRemoved> {
  const label = parse.text('<label>', opts.label, MAX_LABEL);
  const p = resolvePerson(deps.db, opts.person);
  const found = findDate(deps.db, p.id, label);
  if (!found)
    throw new NotFoundError('dateNotFound', {
      name: p.name,
      label,
      labels: datesFor(deps.db, p.id).map((d) => d.label),
    });
  writeTx(deps.db, () => removeDate(deps.db, found.id));
  return { removed: dateItem(found, deps.today), findings: [] };
}

/** Everyone's dates within `days` of today, for remind and today. */
export function comingDates(deps: Pick<Deps, 'db' | 'today'>, days: number): DateItem[] {
  return importantDates(allDates(deps.db), deps.today, days);
}
