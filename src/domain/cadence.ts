import { addCadence, isDay, parseCadence, type Cadence, type Day } from './dates.js';
import type { Person } from './types.js';

/**
 * Circles after Dunbar's layers (about 5, 15, 50 and 150 people), each with a default rhythm for
 * keeping in touch. A person's own --every wins over their circle's.
 */
export const CIRCLES = ['inner', 'close', 'active', 'wider'] as const;
export type Circle = (typeof CIRCLES)[number];
export const CIRCLE_CADENCE: Record<Circle, string> = { inner: '2w', close: '1m', active: '3m', wider: '1y' };
export const CIRCLE_SIZE: Record<Circle, number> = { inner: 5, close: 15, active: 50, wider: 150 };

const CIRCLE_ALIASES: Record<string, Circle> = {
  親友: 'inner',
  内側: 'inner',
  親しい: 'close',
  付き合いのある: 'active',
  知り合い: 'wider',
};

export function parseCircle(s: string): Circle | undefined {
  const v = s.normalize('NFKC').trim().toLowerCase();
  return (CIRCLES as readonly string[]).includes(v) ? (v as Circle) : CIRCLE_ALIASES[v];
}

/** The rhythm that applies: the person's own, else their circle's, else none. */
export function effectiveCadence(p: Pick<Person, 'every' | 'circle'>): string | null {
  return p.every ?? (p.circle ? (CIRCLE_CADENCE[p.circle as Circle] ?? null) : null);
}

/**
 * When a person is next due: the last touch (or, with none, the day you met) plus their rhythm,
 * unless snoozed past that. Null without a rhythm or a starting day.
 */
export function nextDue(
  p: Pick<Person, 'every' | 'circle' | 'met' | 'snoozedUntil'>,
  lastTouch: Day | null,
): Day | null {
  const every = effectiveCadence(p);
  if (!every) return null;
  const from = lastTouch && (!p.met || lastTouch > p.met) ? lastTouch : p.met;
  if (!from) return null;
  const due = dueAfter(from, every);
  if (due === null) return null;
  return p.snoozedUntil && p.snoozedUntil > due ? p.snoozedUntil : due;
}

/**
 * `from` plus a rhythm as written, null when it does not parse. Memoized: a review asks it for
 * every person with a rhythm three times (the rule, today's metrics, those of 90 days ago), over a
 * few hundred distinct days and rhythms.
 */
function dueAfter(from: Day, every: string): Day | null {
  const key = `${from}|${every}`;
  let due = dues.get(key);
  if (due === undefined) {
    let c = cadences.get(every);
    if (c === undefined) cadences.set(every, (c = parseCadence(every) ?? null));
    due = c ? addCadence(from, c) : null;
    // Past the last calendar day there is (a touch dated 9999-12-31): never due.
    if (due !== null && !isDay(due)) due = null;
    if (dues.size < 100_000) dues.set(key, due);
  }
  return due;
}
const dues = new Map<string, Day | null>();
/** Rhythms as written, parsed (a few distinct ones; parsing normalizes and runs regexes). */
const cadences = new Map<string, Cadence | null>();
