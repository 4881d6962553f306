import { AmbiguousError, NotFoundError } from '../../errors.js';
import type { Db } from '../../db/open.js';
import { getPerson } from '../../db/repos/people.js';
import { exactNameIds, namedPeople } from '../../db/repos/names.js';
import { cleanName, fold, matchPerson } from '../../domain/names.js';
import type { Person } from '../../domain/types.js';

/** The one person a typed name means, or a clear error listing the candidates or the closest names. */
export function resolvePerson(db: Db, query: string): Person {
  const found = lookUp(db, query);
  if ('closest' in found)
    throw new NotFoundError('personNotFound', { query, closest: found.closest.map((p) => p.name) });
  return found.person;
}

/** The person, 'none' when nobody matches; throws when several do. */
export function findPerson(db: Db, query: string): Person | 'none' {
  const found = lookUp(db, query);
  return 'person' in found ? found.person : 'none';
}

/**
 * The person a query means, or the closest names when nobody matches (none for an `#id`): worked
 * out once, for both (matching folds every name in the network). Throws when several match.
 */
function lookUp(db: Db, query: string): { person: Person } | { closest: { name: string }[] } {
  // `#7` is a primary-key lookup, never a scan of every name.
  const id = byId(query);
  if (id !== undefined) {
    const person = getPerson(db, id);
    return person ? { person } : { closest: [] };
  }
  // Fast path: exactly one person has this very name or nickname (the common case, and an index
  // lookup instead of folding every name in a large network).
  const typed = cleanName(query);
  if (typed !== '' && !typed.startsWith('#')) {
    const exact = exactNameIds(db, typed);
    if (exact.length === 1) return { person: getPerson(db, exact[0]!)! };
  }
  const m = matchPerson(query, namedPeople(db));
  if (m.kind === 'many') {
    throw new AmbiguousError('personAmbiguous', {
      query,
      names: m.people.map((p) => `${p.name} (#${p.id})`),
    });
  }
  if (m.kind === 'none') return { closest: m.closest };
  return { person: getPerson(db, m.person.id)! };
}

/** Someone already recorded under exactly this name (ignoring case, width and spacing). */
export function sameName(db: Db, name: string): { id: number; name: string } | undefined {
  const f = fold(name).replace(/ /g, '');
  return namedPeople(db).find((p) => fold(p.name).replace(/ /g, '') === f);
}

/** People whose name is close to a new one (a typo, a rename, a nickname): "is this them?". */
export function similarPeople(db: Db, name: string): { id: number; name: string }[] {
  const people = namedPeople(db);
  const m = matchPerson(name, people);
  const hits = m.kind === 'one' ? [m.person] : m.kind === 'many' ? m.people : m.closest;
  return hits.slice(0, 3).map((p) => ({ id: p.id, name: p.name }));
}

/** The id in a `#7`-style query, or undefined when the query is a name. */
function byId(query: string): number | undefined {
  const m = /^#(\d+)$/.exec(query.trim());
  return m ? Number(m[1]) : undefined;
}
