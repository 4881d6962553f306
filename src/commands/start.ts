/** Bare `rel`: a short start page. Today's digest once there is data; the first commands before. */
import { countPeople } from '../db/repos/people.js';
import type { Deps } from './support/deps.js';
import { today, type TodayResult } from './today.js';

export interface StartResult {
  people: number;
  today: TodayResult | null;
}

export async function start(_opts: object, deps: Deps): Promise<StartResult> {
  const people = countPeople(deps.db);
  return { people, today: people > 0 ? await today({}, deps) : null };
}
