/**
 * Indexes over one snapshot that the rules and metrics share: who gave what to whom, when you were
 * last in touch, which ties are deep. Pure: built from data and `today`.
 */
import { addDays, type Day } from './dates.js';
import type { Snapshot } from './snapshot.js';
import type { EventRecord, LedgerEntry, Person } from './types.js';
import { isLowYield } from './vocab.js';

export const DEEP_MIN_GIVES = 3;
export const DEEP_MIN_TAKES = 1;
export const DEEP_RECENT_DAYS = 180;

function groupBy<T>(xs: readonly T[], key: (x: T) => number): Map<number, T[]> {
  const m = new Map<number, T[]>();
  for (const x of xs) {
    const k = key(x);
    const list = m.get(k);
    if (list) list.push(x);
    else m.set(k, [x]);
  }
  return m;
}

export class Network {
  readonly people: Person[];
  readonly byId: Map<number, Person>;
  readonly gives: Map<number, LedgerEntry[]>;
  readonly takes: Map<number, LedgerEntry[]>;
  readonly eventsById: Map<number, EventRecord>;
  private readonly touchDates: Map<number, Day[]>;
  private readonly inbound: Set<number>;

  constructor(
    readonly snap: Snapshot,
    readonly today: Day,
  ) {
    this.people = snap.people;
    this.byId = new Map(snap.people.map((p) => [p.id, p]));
    this.gives = groupBy(
      snap.ledger.filter((e) => e.direction === 'give'),
      (e) => e.personId,
    );
    this.takes = groupBy(
      snap.ledger.filter((e) => e.direction === 'take'),
      (e) => e.personId,
    );
    this.eventsById = new Map(snap.events.map((e) => [e.id, e]));
    const dates = new Map<number, Day[]>();
    const push = (id: number, d: Day) => {
      const l = dates.get(id);
      if (l) l.push(d);
      else dates.set(id, [d]);
    };
    for (const e of snap.ledger) push(e.personId, e.date);
    for (const t of snap.touches) push(t.personId, t.date);
    for (const ev of snap.events) for (const id of ev.people) push(id, ev.date);
    for (const l of dates.values()) l.sort();
    this.touchDates = dates;
    this.inbound = new Set(snap.touches.filter((t) => t.inbound).map((t) => t.personId));
  }

  name(id: number): string {
    return this.byId.get(id)?.name ?? `#${id}`;
  }

  /** The first day of the last `n` days (today − n). */
  since(n: number): Day {
    return addDays(this.today, -n);
  }

  givesTo(id: number): LedgerEntry[] {
    return this.gives.get(id) ?? [];
  }

  takesFrom(id: number): LedgerEntry[] {
    return this.takes.get(id) ?? [];
  }

  allGives(): LedgerEntry[] {
    return this.snap.ledger.filter((e) => e.direction === 'give');
  }

  allTakes(): LedgerEntry[] {
    return this.snap.ledger.filter((e) => e.direction === 'take');
  }

  /** Days of every give, take, touch and shared event with a person, in order. */
  touchesOf(id: number): Day[] {
    return this.touchDates.get(id) ?? [];
  }

  lastTouch(id: number): Day | null {
    const l = this.touchesOf(id);
    return l.length ? l[l.length - 1]! : null;
  }

  /** Any touch on a later date than `day`. */
  touchedAfter(id: number, day: Day): boolean {
    const last = this.lastTouch(id);
    return last !== null && last > day;
  }

  hasInbound(id: number): boolean {
    return this.inbound.has(id);
  }

  isDeep(id: number): boolean {
    const last = this.lastTouch(id);
    return (
      this.givesTo(id).length >= DEEP_MIN_GIVES &&
      this.takesFrom(id).length >= DEEP_MIN_TAKES &&
      last !== null &&
      last >= this.since(DEEP_RECENT_DAYS)
    );
  }

  deepTies(): Person[] {
    return this.people.filter((p) => this.isDeep(p.id));
  }

  /** Met, and no touch after the day you met. */
  isShallow(p: Person): boolean {
    return p.met !== null && !p.target && !this.touchedAfter(p.id, p.met);
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

  lowYieldWithin(n: number): EventRecord[] {
    return this.eventsWithin(n).filter((e) => isLowYield(e.kind));
  }

  /** Low-yield events whose purpose is networking, or none. */
  mixersForNetworking(n: number): EventRecord[] {
    return this.lowYieldWithin(n).filter((e) => e.purpose === null || e.purpose === 'networking');
  }

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
