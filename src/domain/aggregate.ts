/**
 * All-time facts about each person, so rules need only a recent window of rows: counts, first and
 * last gives, the last take, the last touch of any kind, whether they ever reached out. The db
 * computes these in SQL (db/repos/aggregates.ts); `aggregate` is the same in TypeScript, for rows
 * already in memory (tests, and a check that both agree).
 */
import type { Day } from './dates.js';
import type { EventRecord, LedgerEntry, Touch } from './types.js';

/** A take you asked for: not offered unasked, and not a sale (which is slash-and-burn's alone). */
export const isAsk = (e: LedgerEntry): boolean => e.direction === 'take' && !e.offered && e.kind !== 'sale';

export interface PersonAgg {
  gives: number;
  takes: number;
  /** Takes that were asks: not offered unasked, not a sale (RULES.md). */
  asks: number;
  /** The earliest give, by date then id. */
  firstGive: { date: Day; id: number } | null;
  lastGive: Day | null;
  /**
   * The latest take, by date then id. Left out (undefined) when loaded for the coach: no rule reads
   * it (test/rules/conventions.test.ts), and a huge network's would be ~100,000 objects and texts.
   */
  lastTake?: { date: Day; id: number; what: string } | null;
  /** The latest give or take. */
  lastLedger: Day | null;
  /** The latest give, take, touch or shared event. */
  lastTouch: Day | null;
  inbound: boolean;
}

export const emptyAgg = (): PersonAgg => ({
  gives: 0,
  takes: 0,
  asks: 0,
  firstGive: null,
  lastGive: null,
  lastTake: null,
  lastLedger: null,
  lastTouch: null,
  inbound: false,
});

const later = (a: Day | null, b: Day | null) => (a === null ? b : b === null ? a : a > b ? a : b);
const before = (a: { date: Day; id: number }, b: { date: Day; id: number }) =>
  a.date < b.date || (a.date === b.date && a.id < b.id);

/** `into`: a map to add these rows to (every fact only grows with more rows), else a new one. */
export function aggregate(
  ledger: readonly LedgerEntry[],
  touches: readonly Touch[],
  events: readonly EventRecord[],
  into?: Map<number, PersonAgg>,
): Map<number, PersonAgg> {
  const out = into ?? new Map<number, PersonAgg>();
  const get = (id: number) => {
    let a = out.get(id);
    if (!a) out.set(id, (a = emptyAgg()));
    return a;
  };
  for (const e of ledger) {
    const a = get(e.personId);
    if (e.direction === 'give') {
      a.gives++;
      if (!a.firstGive || before(e, a.firstGive)) a.firstGive = { date: e.date, id: e.id };
      a.lastGive = later(a.lastGive, e.date);
    } else {
      a.takes++;
      if (isAsk(e)) a.asks++;
      if (!a.lastTake || before(a.lastTake, e)) a.lastTake = { date: e.date, id: e.id, what: e.what };
    }
    a.lastLedger = later(a.lastLedger, e.date);
    a.lastTouch = later(a.lastTouch, e.date);
  }
  for (const t of touches) {
    const a = get(t.personId);
    a.lastTouch = later(a.lastTouch, t.date);
    if (t.inbound) a.inbound = true;
  }
  for (const ev of events) for (const id of ev.people) get(id).lastTouch = later(get(id).lastTouch, ev.date);
  return out;
}
