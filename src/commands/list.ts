import { allContacts } from '../db/repos/contacts.js';
import { labelsByPerson, listRows } from '../db/repos/listing.js';
import type { PersonStats } from '../db/repos/stats.js';
import { readingKey } from '../domain/names.js';
import type { Deps } from './support/deps.js';
import type { PersonJson } from './support/json.js';
import type { Origin } from '../domain/vocab.js';
import * as parse from './support/parse.js';
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
  tag?: string | undefined;
  sort?: string | undefined;
  match?: string | undefined;
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
 * Sorted as positions with each person's sort key in an array beside them: a sort of 10,000 makes
 * ~130,000 comparisons, and looking the keys up in a Map cost a sixth of `rel list --json`. The
 * sort is stable either way, so the order is the same.
 */
function sorted(people: ListedPerson[], sort: ListSort, lang: string): ListedPerson[] {
  const collator = new Intl.Collator(lang === 'ja' ? 'ja' : 'en', { sensitivity: 'base', numeric: true });
  const keys = people.map((p) => readingKey(p.reading ?? null, p.name));
  const byName = (a: number, b: number) =>
    collator.compare(keys[a]!, keys[b]!) ||
    collator.compare(people[a]!.name, people[b]!.name) ||
    people[a]!.id - people[b]!.id;
  const byDay = (a: string | null, b: string | null, nullFirst: boolean) =>
    a === b ? 0 : a === null ? (nullFirst ? -1 : 1) : b === null ? (nullFirst ? 1 : -1) : a < b ? -1 : 1;
  const compare: (a: number, b: number) => number =
    sort === 'name'
      ? byName
      : sort === 'last'
        ? (a, b) => byDay(people[a]!.lastTouch, people[b]!.lastTouch, true) || byName(a, b)
        : sort === 'met'
          ? (a, b) => byDay(people[a]!.met, people[b]!.met, false) || byName(a, b)
          : (a, b) =>
              people[a]!.gives - people[a]!.takes - (people[b]!.gives - people[b]!.takes) || byName(a, b);
  const order = people.map((_, i) => i).sort(compare);
  return order.map((i) => people[i]!);
}

export async function list(opts: ListOptions, deps: Deps): Promise<ListResult> {
  const tag = opts.tag === undefined ? null : parse.text('--tag', opts.tag, 100);
  const sort = parse.choice('--sort', opts.sort, parseSort, LIST_SORTS) ?? 'name';
  const match = opts.match === undefined ? null : parse.text('--match', opts.match, 200);
  const found =
    match === null ? null : new Set(find(deps, match).flatMap((h) => (h.person ? [h.person.id] : [])));
  const contacts = allContacts(deps.db);
  const nicknames = labelsByPerson(deps.db, 'nicknames');
  const tags = labelsByPerson(deps.db, 'tags');
  const listed: ListedPerson[] = [];
  // One pass over raw rows with person_stats joined: at 10,000 people a tenth of the objects that
  // every Person, personJson and a spread each would make (test/db/stats.test.ts: byte-identical).
  for (const r of listRows(deps.db)) {
    const own = tags.get(r[0]) ?? [];
    if (tag !== null && !own.some((t) => t.toLowerCase() === tag.toLowerCase())) continue;
    if (found !== null && !found.has(r[0])) continue;
    const c = contacts.get(r[0]);
    // personJson's fields in its order, then the counts.
    listed.push({
      id: r[0],
      name: r[1],
      nicknames: nicknames.get(r[0]) ?? [],
      tags: own,
      origin: r[2] as Origin,
      introducer: r[3] === null ? null : { id: r[3], name: r[4]! },
      met: r[5],
      every: r[6],
      circle: r[7],
      birthday: r[8],
      ahead: r[9] === 1,
      chemistry: r[10] === 1,
      target: r[11] === 1,
      prep: r[11] === 1 ? { studied: r[12], give: r[13], reason: r[14] } : undefined,
      snoozedUntil: r[15] ?? undefined,
      org: r[16] ?? undefined,
      reading: r[17] ?? undefined,
      where: r[18] ?? undefined,
      emails: c?.emails ?? [],
      phones: c?.phones ?? [],
      note: r[19],
      gives: r[20] ?? 0,
      takes: r[21] ?? 0,
      lastTouch: r[22],
    });
  }
  const people = sorted(listed, sort, deps.lang);
  return { tag, match, sort, count: people.length, people };
}
