/** Builds snapshots from a compact description, and runs one rule over them with a fixed today. */
import { aggregate } from '../../src/domain/aggregate.js';
import type { Snapshot } from '../../src/domain/snapshot.js';
import type { EventRecord, LedgerEntry, Person, Profile } from '../../src/domain/types.js';
import type { EventKind, LedgerKind, Origin, Purpose } from '../../src/domain/vocab.js';
import { runRules, type RulesConfig } from '../../src/rules/engine.js';
import type { RawFinding, RuleId } from '../../src/rules/types.js';

export const TODAY = '2026-11-22';

export interface PersonSpec {
  origin?: Origin;
  met?: string | null;
  ahead?: boolean;
  chemistry?: boolean;
  target?: boolean;
  every?: string;
  circle?: string;
  birthday?: string;
  snoozedUntil?: string;
  prep?: Partial<Person['prep']>;
}

export interface Spec {
  people?: Record<string, PersonSpec>;
  gives?: [string, string, LedgerKind?][];
  /** [person, date, kind, 'offered' when they gave it unasked] */
  takes?: [string, string, LedgerKind?, 'offered'?][];
  touches?: [string, string, boolean?][];
  events?: {
    kind: EventKind;
    purpose?: Purpose;
    date: string;
    cost?: number;
    hours?: number;
    met?: string[];
  }[];
  intros?: [string, string, string][];
  profile?: Profile;
  /** person → [what they need, noted on] */
  needs?: Record<string, [string, string]>;
}

export function snapshot(spec: Spec): Snapshot {
  const names = new Set<string>(Object.keys(spec.people ?? {}));
  for (const [n] of [...(spec.gives ?? []), ...(spec.takes ?? []), ...(spec.touches ?? [])]) names.add(n);
  for (const e of spec.events ?? []) for (const n of e.met ?? []) names.add(n);
  for (const [a, b] of spec.intros ?? []) names.add(a).add(b);
  for (const n of Object.keys(spec.needs ?? {})) names.add(n);
  const ids = new Map([...names].map((n, i) => [n, i + 1]));
  const id = (n: string) => ids.get(n)!;
  const events: EventRecord[] = (spec.events ?? []).map((e, i) => ({
    id: i + 1,
    name: `${e.kind} ${e.date}`,
    kind: e.kind,
    purpose: e.purpose ?? null,
    date: e.date,
    cost: e.cost ?? 0,
    hours: e.hours ?? 0,
    forPersonId: null,
    people: (e.met ?? []).map(id),
  }));
  const people: Person[] = [...names].map((name) => {
    const p = spec.people?.[name] ?? {};
    const origin = p.origin ?? 'other';
    const event = origin === 'event' ? events.find((e) => e.people.includes(id(name))) : undefined;
    return {
      id: id(name),
      name,
      nicknames: [],
      tags: [],
      origin,
      introducerId: null,
      originEventId: event?.id ?? null,
      note: null,
      org: null,
      reading: null,
      place: null,
      met: p.met === undefined ? (p.target ? null : '2020-01-01') : p.met,
      every: p.every ?? null,
      circle: p.circle ?? null,
      birthday: p.birthday ?? null,
      ahead: p.ahead ?? false,
      chemistry: p.chemistry ?? true,
      target: p.target ?? false,
      prep: { studied: null, give: null, reason: null, ...p.prep },
      snoozedUntil: p.snoozedUntil ?? null,
    };
  });
  let n = 0;
  const entry =
    (direction: 'give' | 'take') =>
    ([name, date, kind, offered]: [string, string, LedgerKind?, 'offered'?]): LedgerEntry => ({
      id: ++n,
      personId: id(name),
      direction,
      kind: kind ?? 'other',
      what: `${direction} ${date}`,
      date,
      eventId: null,
      offered: offered === 'offered',
    });
  const ledger = [...(spec.gives ?? []).map(entry('give')), ...(spec.takes ?? []).map(entry('take'))].sort(
    (a, b) => a.date.localeCompare(b.date),
  );
  const touches = (spec.touches ?? []).map(([name, date, inbound], i) => ({
    id: i + 1,
    personId: id(name),
    date,
    note: null,
    inbound: inbound ?? false,
    kind: null,
  }));
  return {
    people,
    ledger,
    inbound: touches
      .filter((t) => t.inbound)
      .map((t) => t.date)
      .sort(),
    events,
    intros: (spec.intros ?? []).map(([a, b, date], i) => ({
      id: i + 1,
      introducerId: id(a),
      personId: id(b),
      date,
    })),
    profile: spec.profile ?? {},
    agg: aggregate(ledger, touches, events),
    needs: new Map(
      Object.entries(spec.needs ?? {}).map(([n, need]) => [id(n), { what: need[0], on: need[1] }]),
    ),
    since: null,
  };
}

/** The findings of one rule, in review mode unless told otherwise. */
export function fire(
  rule: RuleId,
  spec: Spec,
  opts: { today?: string; config?: RulesConfig } = {},
): RawFinding[] {
  return runRules(snapshot(spec), opts.today ?? TODAY, opts.config ?? {}, { mode: 'review', only: [rule] });
}

/** Names of the people a rule's findings point at, per finding. */
export function named(findings: RawFinding[], spec: Spec): string[][] {
  const snap = snapshot(spec);
  return findings.map((f) => f.people.map((id) => snap.people.find((p) => p.id === id)!.name));
}

/** n dates, one a day, counting back from `last`. */
export function days(n: number, last: string): string[] {
  const out: string[] = [];
  const d = new Date(`${last}T00:00:00`);
  for (let i = 0; i < n; i++) {
    const x = new Date(d);
    x.setDate(d.getDate() - i);
    out.push(
      `${x.getFullYear()}-${String(x.getMonth() + 1).padStart(2, '0')}-${String(x.getDate()).padStart(2, '0')}`,
    );
  }
  return out.reverse();
}
