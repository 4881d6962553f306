/**
 * What the default review shows, from every finding the rules made (RULES.md "One coach, one
 * voice"): asks about one person merged into one message, no person named by more than two
 * findings, the most important first across severities, and three next moves that differ.
 */
import type { Network } from '../domain/network.js';
import { PER_PERSON } from '../rules/engine.js';
import { RULES } from '../rules/index.js';
import type { RawFinding } from '../rules/types.js';

/** How many findings below critical the default view shows. */
export const SHOWN = 8;
/**
 * How many critical findings the default view shows one by one: every one names a tie at risk, but
 * a screen of them says nothing more than the first few; the rest are counted under them.
 */
export const CRITICAL_SHOWN = 5;

/** One entry of the default view: a finding, or several asks about one person merged. */
export interface Shown {
  raw: RawFinding;
  /** Set when asks were merged: every rule behind it, and the asks themselves (newest first). */
  merged?: { rules: string[]; person: number; asks: number[] };
}

const isAsk = (f: RawFinding) =>
  RULES[f.rule].meta.group === 'asks' && f.severity !== 'tip' && f.people.length === 1;

/** What the default view shows, and what it leaves to `--all` (in all, and of them critical). */
export interface Presented {
  shown: Shown[];
  hidden: number;
  hiddenCritical: number;
}

/** The default view: merged, capped per person and in all, in order of importance. */
export function present(raw: readonly RawFinding[], net: Network): Presented {
  const merged = mergeAsks(raw, net);
  const count = new Map<number, number>();
  const named = (s: Shown) => (RULES[s.raw.rule].meta.names === false ? [] : s.raw.people);
  const shown: Shown[] = [];
  let others = 0;
  let critical = 0;
  let hiddenCritical = 0;
  for (const s of merged) {
    const isCritical = s.raw.severity === 'critical';
    if (isCritical && critical >= CRITICAL_SHOWN) {
      hiddenCritical++;
      continue;
    }
    const people = named(s);
    const full = people.filter((id) => (count.get(id) ?? 0) >= PER_PERSON);
    // A finding about one person who already has two voices is left to --all.
    if (people.length > 0 && full.length === people.length) {
      if (isCritical) hiddenCritical++;
      continue;
    }
    if (!isCritical && others >= SHOWN) continue;
    if (isCritical) critical++;
    else others++;
    for (const id of people) count.set(id, (count.get(id) ?? 0) + 1);
    shown.push(s);
  }
  return {
    shown,
    hidden: raw.length - shown.reduce((n, s) => n + (s.merged?.rules.length ?? 1), 0),
    hiddenCritical,
  };
}

function mergeAsks(raw: readonly RawFinding[], net: Network): Shown[] {
  const byPerson = new Map<number, RawFinding[]>();
  for (const f of raw) {
    if (!isAsk(f)) continue;
    const list = byPerson.get(f.people[0]!);
    if (list) list.push(f);
    else byPerson.set(f.people[0]!, [f]);
  }
  const out: Shown[] = [];
  for (const f of raw) {
    const group = isAsk(f) ? byPerson.get(f.people[0]!)! : [f];
    if (group.length === 1) {
      out.push({ raw: f });
      continue;
    }
    if (group[0] !== f) continue; // merged into the first (most important) ask about them
    const ids = new Set(group.flatMap((g) => g.refs.ledgerIds ?? []));
    const asks = net
      .takesFrom(f.people[0]!)
      .filter((t) => ids.has(t.id))
      .map((t) => t.id)
      .reverse();
    out.push({ raw: f, merged: { rules: group.map((g) => g.rule), person: f.people[0]!, asks } });
  }
  return out;
}

/**
 * Up to three next moves: different actions (one a rule), naming a person or an event where any
 * does, each about someone not already named by another move; a person may come back only when nothing else
 * is worth doing. Critical first; then the people most findings point at (overdue, a birthday this
 * week, a quiet school friend), then the general order of importance.
 */
export function pickMoves(raw: readonly RawFinding[]): RawFinding[] {
  const signals = new Map<number, number>();
  // Facts about a person, not a recommender's pick of whom to act on.
  // Indexed loops, not for-of: run once over ~3,000 findings, unoptimised (domain/network.ts).
  for (let i = 0; i < raw.length; i++) {
    const r = raw[i]!;
    const meta = RULES[r.rule].meta;
    if (meta.names !== false && !meta.recommends)
      for (let j = 0; j < r.people.length; j++)
        signals.set(r.people[j]!, (signals.get(r.people[j]!) ?? 0) + 1);
  }
  const strength = (r: RawFinding) => {
    let most = 0;
    const people = r.move!.people;
    for (let j = 0; j < people.length; j++) most = Math.max(most, signals.get(people[j]!) ?? 0);
    return most;
  };
  const concrete = (r: RawFinding) => r.move!.people.length > 0 || (r.refs.eventIds?.length ?? 0) > 0;
  const strongOf = (r: RawFinding) => {
    if (r.severity === 'critical') return 99;
    if (!concrete(r)) return -1;
    const n = strength(r);
    return n >= 2 ? n : 0;
  };
  // Moves that name no one (write down your goal, build a skill) come last: a new network has only those.
  // The strongest first, in order of importance within each strength: a few strengths, so each is
  // taken in turn rather than ~3,000 findings sorted by a comparison.
  const movable: RawFinding[] = [];
  const strong: number[] = [];
  for (let i = 0; i < raw.length; i++) {
    const r = raw[i]!;
    if (!r.move || r.severity === 'info') continue;
    movable.push(r);
    strong.push(strongOf(r));
  }
  const candidates: RawFinding[] = [];
  for (const level of [...new Set(strong)].sort((a, b) => b - a))
    for (let i = 0; i < movable.length; i++) if (strong[i] === level) candidates.push(movable[i]!);
  const picked: RawFinding[] = [];
  // A kind of action: the asks are one kind (give before the next request), every other rule its own.
  const kind = (r: RawFinding) => RULES[r.rule].meta.group ?? r.rule;
  const kinds = new Set<string>();
  const people = new Set<number>();
  for (const strict of [true, false]) {
    for (const r of candidates) {
      if (picked.length === 3) return picked;
      if (picked.includes(r) || (strict && kinds.has(kind(r)))) continue;
      if (strict && r.move!.people.some((id) => people.has(id))) continue;
      if (picked.some((p) => p.move!.people.some((id) => r.move!.people.includes(id)) && kind(p) === kind(r)))
        continue;
      picked.push(r);
      kinds.add(kind(r));
      r.move!.people.forEach((id) => people.add(id));
    }
  }
  return picked;
}
