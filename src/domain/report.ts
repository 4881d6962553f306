/**
 * What `rel report --html` draws, computed from the history as of today. Pure: history and today in,
 * plain numbers out (the words and the drawing are in io/html/).
 */
import { aggregate } from './aggregate.js';
import { CIRCLES, effectiveCadence, nextDue, type Circle } from './cadence.js';
import { addCadence, addDays, cadenceDays, daysBetween, parseCadence, type Day } from './dates.js';
import { buildGraph, doorOpeners, type Graph, type GraphNode } from './graph.js';
import type { History } from './trends.js';
import { metricsSeries } from './trends.js';
import type { MetricWindows } from './metrics.js';
import type { EventKind } from './vocab.js';

export const REPORT_MONTHS = 24;
/** A person met at an event "became a tie" when, a year after it, you were in touch in the last this many days. */
export const TIE_RECENT_DAYS = 180;

export type Ring = Circle | 'none';
export const RINGS: readonly Ring[] = [...CIRCLES, 'none'];
/** How a dot is coloured: due later, due within a week, overdue up to a month, overdue longer, no rhythm. */
export type DueState = 'ok' | 'soon' | 'due' | 'late' | 'none';

export interface RingPerson {
  id: number;
  name: string;
  /** Days past due (negative: days left); null without a rhythm. */
  daysOver: number | null;
  state: DueState;
}

export interface EventKindRow {
  kind: EventKind;
  events: number;
  cost: number;
  hours: number;
  /** Different people met at events of this kind. */
  met: number;
  /** Of those, people met at least a year ago (only they can be judged a year later). */
  metYearAgo: number;
  /** Of those, people you were still in touch with a year after the event. */
  tiesYearLater: number;
}

export interface ReportData {
  today: Day;
  monthly: { month: string; gives: number; takes: number }[];
  ties: { day: Day; deep: number; shallow: number }[];
  rings: { ring: Ring; people: RingPerson[] }[];
  graph: Graph;
  openers: GraphNode[];
  unthanked: GraphNode[];
  events: EventKindRow[];
}

const monthStart = (today: Day, back: number): Day =>
  addCadence(`${today.slice(0, 7)}-01`, { n: back, unit: 'm' }, -1);

function monthly(h: History, today: Day): ReportData['monthly'] {
  const first = monthStart(today, REPORT_MONTHS - 1);
  const months = Array.from({ length: REPORT_MONTHS }, (_, i) => ({
    month: addCadence(first, { n: i, unit: 'm' }).slice(0, 7),
    gives: 0,
    takes: 0,
  }));
  const index = new Map(months.map((m, i) => [m.month, i]));
  for (const e of h.ledger) {
    if (e.date > today) continue;
    const m = months[index.get(e.date.slice(0, 7)) ?? -1];
    if (m) m[e.direction === 'give' ? 'gives' : 'takes']++;
  }
  return months;
}

/** Deep ties and shallow contacts at the start of each of the last 24 months, and today. */
function ties(h: History, today: Day, windows: MetricWindows): ReportData['ties'] {
  const days = Array.from({ length: REPORT_MONTHS }, (_, i) => monthStart(today, REPORT_MONTHS - 1 - i));
  if (days[days.length - 1] !== today) days.push(today);
  return metricsSeries(h, days, windows).map((m, i) => ({
    day: days[i]!,
    deep: m.deepTies,
    shallow: m.shallowContacts,
  }));
}

function ringOf(p: History['people'][number]): Ring {
  if (p.circle && (CIRCLES as readonly string[]).includes(p.circle)) return p.circle as Circle;
  const every = effectiveCadence(p);
  const c = every ? parseCadence(every) : undefined;
  if (!c) return 'none';
  const days = cadenceDays(c);
  return days <= 14 ? 'inner' : days <= 31 ? 'close' : days <= 92 ? 'active' : 'wider';
}

function rings(h: History, today: Day): ReportData['rings'] {
  const agg = aggregate(
    h.ledger.filter((e) => e.date <= today),
    h.touches.filter((t) => t.date <= today),
    h.events.filter((e) => e.date <= today),
  );
  const out = new Map<Ring, RingPerson[]>(RINGS.map((r) => [r, []]));
  for (const p of h.people) {
    if (p.met === null || p.met > today) continue;
    const due = nextDue(p, agg.get(p.id)?.lastTouch ?? null);
    const daysOver = due === null ? null : daysBetween(due, today);
    const state: DueState =
      daysOver === null
        ? 'none'
        : daysOver > 30
          ? 'late'
          : daysOver >= 0
            ? 'due'
            : daysOver >= -7
              ? 'soon'
              : 'ok';
    out.get(ringOf(p))!.push({ id: p.id, name: p.name, daysOver, state });
  }
  for (const list of out.values())
    list.sort(
      (a, b) => (b.daysOver ?? -Infinity) - (a.daysOver ?? -Infinity) || a.name.localeCompare(b.name),
    );
  return RINGS.map((ring) => ({ ring, people: out.get(ring)! }));
}

function eventsByKind(h: History, today: Day): EventKindRow[] {
  const contacts = new Map<number, Day[]>();
  // Added to in place: a copy per row made this quadratic in each person's history.
  const note = (id: number, d: Day) => {
    const days = contacts.get(id);
    if (days) days.push(d);
    else contacts.set(id, [d]);
  };
  for (const e of h.ledger) note(e.personId, e.date);
  for (const t of h.touches) note(t.personId, t.date);
  for (const ev of h.events) for (const id of ev.people) note(id, ev.date);
  const tieAYearOn = (id: number, met: Day) => {
    const later = addDays(met, 365);
    const from = addDays(later, -TIE_RECENT_DAYS);
    return (contacts.get(id) ?? []).some((d) => d > met && d <= later && d >= from);
  };
  interface Acc {
    row: EventKindRow;
    seen: Set<number>;
    judged: Set<number>;
    tied: Set<number>;
  }
  const rows = new Map<EventKind, Acc>();
  const yearAgo = addDays(today, -365);
  for (const ev of h.events) {
    if (ev.date > today) continue;
    let acc = rows.get(ev.kind);
    if (!acc) {
      const row = { kind: ev.kind, events: 0, cost: 0, hours: 0, met: 0, metYearAgo: 0, tiesYearLater: 0 };
      rows.set(ev.kind, (acc = { row, seen: new Set(), judged: new Set(), tied: new Set() }));
    }
    acc.row.events++;
    acc.row.cost += ev.cost;
    acc.row.hours += ev.hours;
    for (const id of ev.people) {
      acc.seen.add(id);
      if (ev.date > yearAgo) continue;
      acc.judged.add(id);
      if (tieAYearOn(id, ev.date)) acc.tied.add(id);
    }
  }
  return [...rows.values()]
    .map(({ row, seen, judged, tied }) => ({
      ...row,
      met: seen.size,
      metYearAgo: judged.size,
      tiesYearLater: tied.size,
    }))
    .sort((a, b) => b.events - a.events || a.kind.localeCompare(b.kind));
}

/** `windows`: the review's metric windows, so the ties over time count as the review does. */
export function reportData(h: History, today: Day, windows: MetricWindows): ReportData {
  const graph = buildGraph(h);
  return {
    today,
    monthly: monthly(h, today),
    ties: ties(h, today, windows),
    rings: rings(h, today),
    graph,
    openers: doorOpeners(graph),
    unthanked: graph.nodes
      .filter((n) => n.unthanked > 0)
      .sort((a, b) => b.unthanked - a.unthanked || a.name.localeCompare(b.name)),
    events: eventsByKind(h, today),
  };
}
