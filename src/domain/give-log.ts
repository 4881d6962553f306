/**
 * The gives of a window without an object per give: a large network's window holds ~27,000 of
 * them and a huge one's ~280,000, and no rule words a give or refers to one. What the rules ask of
 * gives is answered here: how many fell in a range of days, for one person or for everyone; the
 * first after a day; whether one of a kind came on or after a day.
 *
 * Each person's gives sit one after another in date order (days and kinds in two lists, a person's
 * run found by id), and everyone's are kept as runs of one day: the distinct days and how many gives
 * came up to each. Built once from the gives a day at a time (db/repos/ledger.ts reads them so) or
 * from ledger entries (tests, trends).
 */
import type { Day } from './dates.js';
import type { LedgerEntry } from './types.js';
import type { LedgerKind } from './vocab.js';

/**
 * Gives a day at a time, in date order: each day once, with the people given to and what kind of
 * give, two lists of the same length in the order the gives were made.
 */
export type GiveDays = readonly (readonly [Day, readonly number[], readonly LedgerKind[]])[];

/** The index of the first of xs[lo..hi) after `day` (inclusive: false, the first on or after it). */
export function firstAfter(xs: readonly Day[], lo: number, hi: number, day: Day, inclusive: boolean): number {
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const d = xs[mid]!;
    if (d < day || (inclusive && d === day)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export class GiveLog {
  /** The distinct days gives fell on, in order, and how many gives there were up to each one's end. */
  private readonly dayList: Day[] = [];
  private readonly upTo: number[] = [];
  /** Everyone's gives, person after person, each person's in date order. */
  private readonly days: Day[];
  private readonly kinds: LedgerKind[];
  /** Where each person's run starts, and where it ends (exclusive). */
  private readonly start = new Map<number, number>();
  private readonly end = new Map<number, number>();

  /**
   * Indexed loops throughout: this runs once per review, unoptimised, over every give of the window,
   * and each step of an iterator would be an object.
   */
  constructor(byDay: GiveDays) {
    // Runs of one day, and a counting sort by person, stable, so each person's run stays in date
    // order: count, place.
    const count = this.end;
    let n = 0;
    for (let d = 0; d < byDay.length; d++) {
      const ids = byDay[d]![1];
      n += ids.length;
      this.dayList.push(byDay[d]![0]);
      this.upTo.push(n);
      for (let i = 0; i < ids.length; i++) count.set(ids[i]!, (count.get(ids[i]!) ?? 0) + 1);
    }
    let at = 0;
    count.forEach((k, id) => {
      this.start.set(id, at);
      count.set(id, at);
      at += k;
    });
    // `end` counts up from each start as a person's gives are placed, ending where their run ends.
    this.days = new Array<Day>(n);
    this.kinds = new Array<LedgerKind>(n);
    for (let d = 0; d < byDay.length; d++) {
      const day = byDay[d]![0];
      const ids = byDay[d]![1];
      const kinds = byDay[d]![2];
      for (let i = 0; i < ids.length; i++) {
        const pos = count.get(ids[i]!)!;
        this.days[pos] = day;
        this.kinds[pos] = kinds[i]!;
        count.set(ids[i]!, pos + 1);
      }
    }
  }

  /** The gives among ledger entries in (date, id) order. */
  static of(entries: readonly LedgerEntry[]): GiveLog {
    const byDay: [Day, number[], LedgerKind[]][] = [];
    for (let i = 0; i < entries.length; i++) {
      const e = entries[i]!;
      if (e.direction !== 'give') continue;
      const last = byDay[byDay.length - 1];
      if (last && last[0] === e.date) {
        last[1].push(e.personId);
        last[2].push(e.kind);
      } else byDay.push([e.date, [e.personId], [e.kind]]);
    }
    return new GiveLog(byDay);
  }

  /** How many gives in all. */
  get size(): number {
    return this.days.length;
  }

  /** How many gives, of anyone, fall in from..to (both inclusive; null leaves that end open). */
  countIn(from: Day | null, to: Day | null): number {
    const list = this.dayList;
    const before = from === null ? 0 : firstAfter(list, 0, list.length, from, false);
    const through = to === null ? list.length : firstAfter(list, 0, list.length, to, true);
    if (through <= before) return 0;
    return this.upTo[through - 1]! - (before === 0 ? 0 : this.upTo[before - 1]!);
  }

  /** How many gives to a person fall in from..to (both inclusive; null leaves that end open). */
  countFor(id: number, from: Day | null, to: Day | null): number {
    const lo = this.start.get(id);
    if (lo === undefined) return 0;
    const hi = this.end.get(id)!;
    const first = from === null ? lo : firstAfter(this.days, lo, hi, from, false);
    const last = to === null ? hi : firstAfter(this.days, lo, hi, to, true);
    return Math.max(0, last - first);
  }

  /** The day of a person's first give after `day` (not on it), if any. */
  nextAfter(id: number, day: Day): Day | undefined {
    const lo = this.start.get(id);
    if (lo === undefined) return undefined;
    const hi = this.end.get(id)!;
    const i = firstAfter(this.days, lo, hi, day, true);
    return i < hi ? this.days[i] : undefined;
  }

  /** How many gives to a person fall after `day` (not on it). */
  countAfter(id: number, day: Day): number {
    const lo = this.start.get(id);
    if (lo === undefined) return 0;
    const hi = this.end.get(id)!;
    return hi - firstAfter(this.days, lo, hi, day, true);
  }

  /** The day of a person's latest give on or before `day`, if any. */
  lastUpTo(id: number, day: Day): Day | undefined {
    const lo = this.start.get(id);
    if (lo === undefined) return undefined;
    const i = firstAfter(this.days, lo, this.end.get(id)!, day, true);
    return i > lo ? this.days[i - 1] : undefined;
  }

  /** Whether a person was given something of this kind on or after `day`. */
  kindSince(id: number, kind: LedgerKind, day: Day): boolean {
    const lo = this.start.get(id);
    if (lo === undefined) return false;
    const hi = this.end.get(id)!;
    for (let i = firstAfter(this.days, lo, hi, day, false); i < hi; i++)
      if (this.kinds[i] === kind) return true;
    return false;
  }
}
