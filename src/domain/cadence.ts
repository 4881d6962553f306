import { addCadence, parseCadence, type Day } from './dates.js';
import type { Person } from './types.js';

/**
 * When a person with a keep-in-touch cadence is next due: the last touch (or, with none, the day you
 * met) plus the cadence, unless snoozed past that. Null without a cadence or a starting day.
 */
export function nextDue(
  p: Pick<Person, 'every' | 'met' | 'snoozedUntil'>,
  lastTouch: Day | null,
): Day | null {
  if (!p.every) return null;
  const c = parseCadence(p.every);
  const from = lastTouch && (!p.met || lastTouch > p.met) ? lastTouch : p.met;
  if (!c || !from) return null;
  const due = addCadence(from, c);
  return p.snoozedUntil && p.snoozedUntil > due ? p.snoozedUntil : due;
}
