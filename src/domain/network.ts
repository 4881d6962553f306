/**
 * Indexes over one snapshot that the rules and metrics share: who gave what to whom, when you were
 * last in touch, which ties are deep. Pure: built from data and `today`.
 */
import { emptyAgg, isAsk, type PersonAgg } from './aggregate.js';
import { effectiveCadence, nextDue } from './cadence.js';
import { compareText } from './collate.js';
import { addDays, daysBetween, type Day } from './dates.js';
import { firstAfter as firstDayAfter, GiveLog } from './give-log.js';
import type { Snapshot } from './snapshot.js';
import type { EventRecord, LedgerEntry, RulePerson as Person } from './types.js';
import { isLowYield, type LedgerKind } from './vocab.js';

export const DEEP_MIN_GIVES = 3;
export const DEEP_MIN_TAKES = 1;
export const DEEP_RECENT_DAYS = 180;

/** A deep tie (RULES.md): 3 gives, 1 take, all time, and a touch on or after `recentFrom`. */
export function isDeepAgg(s: PersonAgg, recentFrom: Day): boolean {
  return (
    s.gives >= DEEP_MIN_GIVES &&
    s.takes >= DEEP_MIN_TAKES &&
    s.lastTouch !== null &&
    s.lastTouch >= recentFrom
  );
}

/**
 * The hot loops here and in the metrics index their arrays rather than use for-of: they run once,
 * unoptimised, and there each step of an array iterator is an object (a large review made ~40 MB of
 * garbage stepping iterators and destructuring rows).
 */
function groupBy<T>(xs: readonly T[], key: (x: T) => number): Map<number, T[]> {
  const m = new Map<number, T[]>();
  for (let i = 0; i < xs.length; i++) {
    const x = xs[i]!;
    const k = key(x);
    const list = m.get(k);
    if (list) list.push(x);
    else m.set(k, [x]);
  }
  return m;
}

/**
 * A low-yield event attended to build a network (purpose networking, or none): not a mixer for a
 * look at other fields (industry-insight) or to meet someone in particular.
 */
export const isNetworkingRoom = (e: EventRecord): boolean =>
  isLowYield(e.kind) && (e.purpose === null || e.purpose === 'networking');

/** A networking mixer as mixer-for-networking judges it: paid clubs are paid-club's to judge. */
export const isNetworkingMixer = (e: EventRecord): boolean => isNetworkingRoom(e) && e.kind !== 'paid-club';

/** Someone whose rhythm says they are due: their last touch, the day they fell due, days since. */
export interface Due<P = Person> {
  p: P;
  last: Day | null;
  due: Day;
  over: number;
}

/** What working out whether someone is due reads of them. */
export type Rhythm = Pick<Person, 'id' | 'name' | 'every' | 'circle' | 'met' | 'snoozedUntil'>;

/**
 * Those of `people` due by their rhythm on `today` (next due day on or before it), the longest
 * overdue first, then by name (then in the order given). The review's metrics of today and of 90
 * days ago (db/metrics-at.ts) both count this list.
 */
export function dueAmong<P extends Rhythm>(
  people: readonly P[],
  lastTouch: (p: P, i: number) => Day | null,
  today: Day,
): Due<P>[] {
  const due: Due<P>[] = [];
  for (let i = 0; i < people.length; i++) {
    const p = people[i]!;
    // Most people have no rhythm: their last touch is not looked up.
    if (effectiveCadence(p) === null) continue;
    const last = lastTouch(p, i);
    const day = nextDue(p, last);
    if (day !== null && day <= today) due.push({ p, last, due: day, over: daysBetween(day, today) });
  }
  return due.sort((a, b) => b.over - a.over || compareText(a.p.name, b.p.name));
}

/** The index of the first row dated after `day` (inclusive: false, the first on or after it). */
export function firstAfter(xs: readonly LedgerEntry[], day: Day, inclusive: boolean): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const d = xs[mid]!.date;
    if (d < day || (inclusive && d === day)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** How many of `xs` (in date order) are dated from..to, both ends inclusive, null leaving one open. */
function countIn(xs: readonly LedgerEntry[], from: Day | null, to: Day | null): number {
  const first = from === null ? 0 : firstAfter(xs, from, false);
  const end = to === null ? xs.length : firstAfter(xs, to, true);
  return Math.max(0, end - first);
}

/** The list of a person with no rows: shared, so frozen (callers read lists, never change them). */
const NONE: LedgerEntry[] = Object.freeze([]) as unknown as LedgerEntry[];

export class Network {
  readonly people: Person[];
  /** The window's gives, without an object each (domain/give-log.ts). */
  readonly gives: GiveLog;
  private readonly takeRows: LedgerEntry[] = [];

  constructor(
    readonly snap: Snapshot,
    readonly today: Day,
  ) {
    this.people = snap.people;
    const rows = snap.ledger;
    // With its gives apart, a snapshot's ledger holds only takes: used as it is, not copied.
    if (snap.gives) this.takeRows = rows;
    else
      for (let i = 0; i < rows.length; i++) if (rows[i]!.direction === 'take') this.takeRows.push(rows[i]!);
    this.gives = snap.gives ?? GiveLog.of(rows);
  }

  private idIndex?: Map<number, Person>;
  private eventIndex?: Map<number, EventRecord>;

  /** Made when first read: the metrics (and so metrics.previous) never read it. */
  get byId(): ReadonlyMap<number, Person> {
    if (!this.idIndex) {
      this.idIndex = new Map();
      for (const p of this.people) this.idIndex.set(p.id, p);
    }
    return this.idIndex;
  }

  get eventsById(): ReadonlyMap<number, EventRecord> {
    if (!this.eventIndex) {
      this.eventIndex = new Map();
      for (const e of this.snap.events) this.eventIndex.set(e.id, e);
    }
    return this.eventIndex;
  }

  name(id: number): string {
    return this.byId.get(id)?.name ?? `#${id}`;
  }

  private deep?: Person[];

  private readonly sinceCache = new Map<number, Day>();

  /** The first day of the last `n` days (today − n). */
  since(n: number): Day {
    let d = this.sinceCache.get(n);
    if (d === undefined) this.sinceCache.set(n, (d = addDays(this.today, -n)));
    return d;
  }

  /** All-time facts about a person. */
  stats(id: number): PersonAgg {
    return this.snap.agg.get(id) ?? emptyAgg();
  }

  private takesBy?: Map<number, LedgerEntry[]>;
  /** Who has a take in the window that was not an ask (offered unasked, or a sale): few people. */
  private readonly notAsked = new Set<number>();

  /** Takes from a person in the loaded window, oldest first. */
  takesFrom(id: number): LedgerEntry[] {
    if (!this.takesBy) {
      this.takesBy = groupBy(this.takeRows, (e) => e.personId);
      const rows = this.takeRows;
      for (let i = 0; i < rows.length; i++) if (!isAsk(rows[i]!)) this.notAsked.add(rows[i]!.personId);
    }
    return this.takesBy.get(id) ?? NONE;
  }

  /**
   * How many gives to a person in the loaded window fall in from..to (both inclusive; null leaves
   * that end open), by binary search, without a list.
   */
  giveCount(id: number, from: Day | null, to: Day | null): number {
    return this.gives.countFor(id, from, to);
  }

  /** How many gives in the loaded window fall in from..to (as giveCount, for everyone). */
  givesIn(from: Day | null, to: Day | null): number {
    return this.gives.countIn(from, to);
  }

  /** The day of the first give to a person in the loaded window after `day` (not on it), if any. */
  nextGiveAfter(id: number, day: Day): Day | undefined {
    return this.gives.nextAfter(id, day);
  }

  /** Whether a person was given something of this kind on or after `day` (in the loaded window). */
  gaveSince(id: number, kind: LedgerKind, day: Day): boolean {
    return this.gives.kindSince(id, kind, day);
  }

  /** How many takes in the loaded window fall in from..to (as giveCount, for everyone). */
  takesIn(from: Day | null, to: Day | null): number {
    return countIn(this.takeRows, from, to);
  }

  /** How many takes in the loaded window dated from..to were sales. */
  salesIn(from: Day, to: Day): number {
    const rows = this.takeRows;
    let n = 0;
    for (let i = firstAfter(rows, from, false), end = firstAfter(rows, to, true); i < end; i++)
      if (rows[i]!.kind === 'sale') n++;
    return n;
  }

  /** How many inbound touches in the loaded window are dated from..to (both inclusive). */
  inboundIn(from: Day, to: Day): number {
    const days = this.snap.inbound;
    return Math.max(
      0,
      firstDayAfter(days, 0, days.length, to, true) - firstDayAfter(days, 0, days.length, from, false),
    );
  }

  /** The takes in the loaded window dated from..to, oldest first (a new list, found by binary search). */
  takesWithin(from: Day, to: Day): LedgerEntry[] {
    return this.takeRows.slice(firstAfter(this.takeRows, from, false), firstAfter(this.takeRows, to, true));
  }

  lastTouch(id: number): Day | null {
    return this.stats(id).lastTouch;
  }

  /** Any touch on a later date than `day`. */
  touchedAfter(id: number, day: Day): boolean {
    const last = this.lastTouch(id);
    return last !== null && last > day;
  }

  hasInbound(id: number): boolean {
    return this.stats(id).inbound;
  }

  isDeep(id: number): boolean {
    return isDeepAgg(this.stats(id), this.since(DEEP_RECENT_DAYS));
  }

  private dueList?: Due[];

  /**
   * Everyone due by their rhythm (next due day on or before today), the longest overdue first, then
   * by name: keep-in-touch and the metrics read the same list, worked out once.
   */
  overdue(): readonly Due[] {
    return (this.dueList ??= dueAmong(this.people, (p) => this.lastTouch(p.id), this.today));
  }

  /** The same array on every call: callers read it, never change it. */
  deepTies(): Person[] {
    return (this.deep ??= this.people.filter((p) => this.isDeep(p.id)));
  }

  /**
   * Met, and no touch after the day you met. Not someone met today (too soon to tell), nor a school
   * or work friend whose history simply was never logged.
   */
  isShallow(p: Person): boolean {
    if (p.met === null || p.target || p.met >= this.today) return false;
    if ((p.origin === 'school' || p.origin === 'work') && this.stats(p.id).lastTouch === null) return false;
    return !this.touchedAfter(p.id, p.met);
  }

  /** People whose met date is in the last `n` days. */
  metWithin(n: number): Person[] {
    const from = this.since(n);
    return this.people.filter((p) => p.met !== null && p.met >= from && p.met <= this.today);
  }

  eventsWithin(n: number): EventRecord[] {
    const from = this.since(n);
    return this.snap.events.filter((e) => e.date >= from && e.date <= this.today);
  }

  /** Low-yield events attended to build a network (isNetworkingRoom), in the last `n` days. */
  networkingRooms(n: number): EventRecord[] {
    return this.eventsWithin(n).filter(isNetworkingRoom);
  }

  /** The networking mixers mixer-for-networking judges (isNetworkingMixer), in the last `n` days. */
  mixersForNetworking(n: number): EventRecord[] {
    return this.eventsWithin(n).filter(isNetworkingMixer);
  }

  /** What they are working on or need, if noted in the last 120 days (older notes are stale). */
  needOf(id: number): string | null {
    const need = this.snap.needs.get(id);
    return need && need.on >= this.since(120) ? need.what : null;
  }

  /** A person's latest take in the loaded window that was a sale dated up to `day`, if any. */
  lastSaleUpTo(id: number, day: Day): LedgerEntry | undefined {
    const takes = this.takesFrom(id);
    // A sale is not an ask: most people's takes were all asks.
    if (!this.notAsked.has(id)) return undefined;
    for (let i = takes.length - 1; i >= 0; i--)
      if (takes[i]!.kind === 'sale' && takes[i]!.date <= day) return takes[i];
    return undefined;
  }

  /**
   * Takes from a person that were asks (not offered unasked, not a sale), in the loaded window: the
   * list of their takes itself when every one was an ask (most people), not a copy.
   */
  asksFrom(id: number): LedgerEntry[] {
    const takes = this.takesFrom(id);
    if (!this.notAsked.has(id)) return takes;
    let asks = this.asks.get(id);
    if (!asks) this.asks.set(id, (asks = takes.filter(isAsk)));
    return asks;
  }

  private readonly asks = new Map<number, LedgerEntry[]>();

  /** Of the people met at these events, those touched again after the event's day. */
  followedUp(events: readonly EventRecord[]): { met: number[]; followed: number[] } {
    const met = new Set<number>();
    const followed = new Set<number>();
    for (const e of events) {
      for (const id of e.people) {
        met.add(id);
        if (this.touchedAfter(id, e.date)) followed.add(id);
      }
    }
    return { met: [...met], followed: [...followed] };
  }
}
