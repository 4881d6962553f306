/** `rel search <words>`: everything written about people that contains the words. */
import { UsageError } from '../errors.js';
import { searchRows } from '../db/repos/search.js';
import { searchTerms, type SearchType } from '../domain/search.js';
import type { Day } from '../domain/dates.js';
import type { Deps } from './support/deps.js';
import type { PersonRef } from './support/json.js';
import * as parse from './support/parse.js';

export interface SearchHit {
  person: PersonRef | null;
  type: SearchType;
  date: Day | null;
  text: string;
}

export interface SearchResult {
  query: string;
  results: SearchHit[];
}

/**
 * The hits grouped by person (the group with the newest hit first), newest first inside each group;
 * texts that belong to no one (events) come last.
 */
export function find(deps: Pick<Deps, 'db'>, query: string): SearchHit[] {
  const rows = searchRows(deps.db, searchTerms(query));
  const groups = new Map<number | null, SearchHit[]>();
  for (const r of rows) {
    const hit: SearchHit = {
      person: r.personId === null ? null : { id: r.personId, name: r.name ?? `#${r.personId}` },
      type: r.type,
      date: r.date,
      text: r.text,
    };
    const g = groups.get(r.personId);
    if (g) g.push(hit);
    else groups.set(r.personId, [hit]);
  }
  const people = [...groups.entries()].filter(([id]) => id !== null).map(([, hits]) => hits);
  return [...people.flat(), ...(groups.get(null) ?? [])];
}

export async function search(opts: { words: string[] }, deps: Deps): Promise<SearchResult> {
  const query = parse.text('<words>', opts.words.join(' '), 200);
  if (searchTerms(query).length === 0) throw new UsageError('emptyText', { what: '<words>' });
  return { query, results: find(deps, query) };
}
