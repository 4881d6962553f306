import { coach, type Coaching } from '../coach/index.js';
import type { Day } from '../domain/dates.js';
import type { Deps } from './support/deps.js';

export interface ReviewResult extends Coaching {
  now: Day;
}

export async function review(_opts: object, deps: Deps): Promise<ReviewResult> {
  // Copied by descriptor: a spread would word every finding (a getter) that the text view never shows.
  return Object.defineProperties(
    { now: deps.today },
    Object.getOwnPropertyDescriptors(coach(deps)),
  ) as ReviewResult;
}
