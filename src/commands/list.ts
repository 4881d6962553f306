import { allPeople } from '../db/repos/people.js';
import { personStats, type PersonStats } from '../db/repos/stats.js';
import type { Deps } from './deps.js';
import { personJson, type PersonJson } from './json.js';
import * as parse from './parse.js';

export interface ListOptions {
  tag?: string;
}

export type ListedPerson = PersonJson & PersonStats;

export interface ListResult {
  tag: string | null;
  count: number;
  people: ListedPerson[];
}

export async function list(opts: ListOptions, deps: Deps): Promise<ListResult> {
  const tag = opts.tag === undefined ? null : parse.text('--tag', opts.tag, 100);
  const people = allPeople(deps.db);
  const byId = new Map(people.map((p) => [p.id, p]));
  const stats = personStats(deps.db);
  const listed = people
    .filter((p) => tag === null || p.tags.some((t) => t.toLowerCase() === tag.toLowerCase()))
    .map((p) => {
      const via = p.introducerId === null ? null : byId.get(p.introducerId);
      return {
        ...personJson(p, via ? { id: via.id, name: via.name } : null),
        ...(stats.get(p.id) ?? { gives: 0, takes: 0, lastTouch: null }),
      };
    });
  return { tag, count: listed.length, people: listed };
}
