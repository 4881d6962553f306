import { coach, type Coaching } from '../coach/index.js';
import type { Day } from '../domain/dates.js';
import type { Deps } from './support/deps.js';

export interface ReviewResult extends Coaching {
  now: Day;
}

export async function review(_opts: object, deps: Deps): Promise<ReviewResult> {
  return { now: deps.today, ...coach(deps) };
}
