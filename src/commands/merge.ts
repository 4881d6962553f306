/** `rel merge <keep> <other>`: one person recorded twice becomes one, with all their history. */
import { writeTx } from '../db/tx.js';
import { DataError, UsageError } from '../errors.js';
import { addContacts, contactsFor } from '../db/repos/contacts.js';
import { moveHistory } from '../db/repos/merge.js';
import { getPerson, updatePerson } from '../db/repos/people.js';
import { historyCount } from '../db/repos/stats.js';
import type { Person } from '../domain/types.js';
import type { Finding } from '../domain/finding.js';
import type { Deps } from './support/deps.js';
import { immediateFindings } from './support/findings.js';
import { personJson, type PersonJson } from './support/json.js';
import { resolvePerson } from './support/resolve.js';

export interface MergeResult {
  person: PersonJson;
  merged: string;
  moved: number;
  findings: Finding[];
}

const union = (a: readonly string[], b: readonly string[]) => [...a, ...b.filter((x) => !a.includes(x))];
const earlier = (a: string | null, b: string | null) => (a && b ? (a < b ? a : b) : (a ?? b));

export async function merge(
  opts: { keep: string; other: string; yes?: boolean },
  deps: Deps,
): Promise<MergeResult> {
  const { db } = deps;
  const keep = resolvePerson(db, opts.keep);
  const other = resolvePerson(db, opts.other);
  if (keep.id === other.id) throw new UsageError('mergeSelf', { name: keep.name });
  const moved = historyCount(db, other.id);
  if (!opts.yes && deps.interactive) {
    const ok = await deps.prompt.confirm(
      deps.t.cli.confirmMerge({ keep: keep.name, other: other.name, moved }),
      true,
    );
    if (!ok) throw new DataError('rmCancelled', { name: other.name });
  }
  const joined: Person = {
    ...keep,
    nicknames: union(keep.nicknames, [...other.nicknames, ...(other.name !== keep.name ? [other.name] : [])]),
    tags: union(keep.tags, other.tags),
    note:
      keep.note && other.note && keep.note !== other.note
        ? `${keep.note}\n${other.note}`
        : (keep.note ?? other.note),
    org: keep.org ?? other.org,
    reading: keep.reading ?? other.reading,
    place: keep.place ?? other.place,
    met: earlier(keep.met, other.met),
    every: keep.every ?? other.every,
    circle: keep.circle ?? other.circle,
    birthday: keep.birthday ?? other.birthday,
    introducerId: keep.introducerId ?? (other.introducerId === keep.id ? null : other.introducerId),
    originEventId: keep.originEventId ?? other.originEventId,
    ahead: keep.ahead || other.ahead,
    chemistry: keep.chemistry && other.chemistry,
    target: keep.target && other.target,
    prep: {
      studied: keep.prep.studied ?? other.prep.studied,
      give: keep.prep.give ?? other.prep.give,
      reason: keep.prep.reason ?? other.prep.reason,
    },
  };
  writeTx(db, () => {
    addContacts(db, keep.id, contactsFor(db, other.id));
    moveHistory(db, keep.id, other.id);
    updatePerson(db, joined);
  });
  return {
    person: personJson(getPerson(db, keep.id)!, null, contactsFor(db, keep.id)),
    merged: other.name,
    moved,
    findings: immediateFindings(deps, {}),
  };
}
