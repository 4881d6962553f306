import { allContacts } from '../db/repos/contacts.js';
import { allPeople } from '../db/repos/people.js';
import { personStats, type PersonStats } from '../db/repos/stats.js';
import { readingKey } from '../domain/names.js';
import type { Deps } from './deps.js';
import { personJson, type PersonJson } from './json.js';
import * as parse from './parse.js';
import { find } from './search.js';

export const LIST_SORTS = ['name', 'last', 'met', 'balance'] as const;
export type ListSort = (typeof LIST_SORTS)[number];
const SORT_ALIASES: Record<string, ListSort> = {
  名前: 'name',
  読み: 'name',
  最後の連絡: 'last',
  最終連絡: 'last',
  出会い: 'met',
  バランス: 'balance',
};
const parseSort = (s: string): ListSort | undefined => {
  const w = s.normalize('NFKC').trim().toLowerCase();
  return LIST_SORTS.find((x) => x === w) ?? SORT_ALIASES[w];
};

export interface ListOptions {
  tag?: string;
  sort?: string;
  match?: string;
}

export type ListedPerson = PersonJson & PersonStats;

export interface ListResult {
  tag: string | null;
  match: string | null;
  sort: ListSort;
  count: number;
  people: ListedPerson[];
}

/**
 * Orders: name (by reading when a person has one, in the language's collation), last (longest
 * without contact first), met (known longest first), balance (most taken-from first: gives − takes).
 */
function comparator(sort: ListSort, lang: string): (a: ListedPerson, b: ListedPerson) => number {
  const collator = new Intl.Collator(lang === 'ja' ? 'ja' : 'en', { sensitivity: 'base', numeric: true });
  const byName = (a: ListedPerson, b: ListedPerson) =>
    collator.compare(readingKey(a.reading ?? null, a.name), readingKey(b.reading ?? null, b.name)) ||
    collator.compare(a.name, b.name) ||
    a.id - b.id;
  const byDay = (a: string | null, b: string | null, nullFirst: boolean) =>
    a === b ? 0 : a === null ? (nullFirst ? -1 : 1) : b === null ? (nullFirst ? 1 : -1) : a < b ? -1 : 1;
  switch (sort) {
    case 'name':
      return byName;
    case 'last':
      return (a, b) => byDay(a.lastTouch, b.lastTouch, true) || byName(a, b);
    case 'met':
      return (a, b) => byDay(a.met, b.met, false) || byName(a, b);
    case 'balance':
      return (a, b) => a.gives - a.takes - (b.gives - b.takes) || byName(a, b);
  }
}

export async function list(opts: ListOptions, deps: Deps): Promise<ListResult> {
  const tag = opts.tag === undefined ? null : parse.text('--tag', opts.tag, 100);
  const sort = parse.choice('--sort', opts.sort, parseSort, LIST_SORTS) ?? 'name';
  const match = opts.match === undefined ? null : parse.text('--match', opts.match, 200);
  const found =
    match === null ? null : new Set(find(deps, match).flatMap((h) => (h.person ? [h.person.id] : [])));
  const people = allPeople(deps.db);
  const byId = new Map(people.map((p) => [p.id, p]));
  const stats = personStats(deps.db);
  const contacts = allContacts(deps.db);
  const listed = people
    .filter((p) => tag === null || p.tags.some((t) => t.toLowerCase() === tag.toLowerCase()))
    .filter((p) => found === null || found.has(p.id))
    .map((p) => {
      const via = p.introducerId === null ? null : byId.get(p.introducerId);
      return {
        ...personJson(
          p,
          via ? { id: via.id, name: via.name } : null,
          contacts.get(p.id) ?? { emails: [], phones: [] },
        ),
        ...(stats.get(p.id) ?? { gives: 0, takes: 0, lastTouch: null }),
      };
    })
    .sort(comparator(sort, deps.lang));
  return { tag, match, sort, count: listed.length, people: listed };
}
