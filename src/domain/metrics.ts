/** The numbers every review shows (RULES.md "Metrics every review shows"). Pure. */
import { addCadence, addDays, type Day } from './dates.js';
import type { Network } from './network.js';

export interface Metrics {
  givesToTakes: [number, number];
  /** gives per take, null without takes */
  ratio: number | null;
  deepTies: number;
  shallowContacts: number;
  people: number;
  newPeople: { total: number; byIntro: number; atEvents: number };
  lowYieldEvents: { count: number; cost: number; hours: number; met: number; followedUp: number };
  overdue: { id: number; name: string; daysOver: number }[];
  reachedOut: { youReachedOut: number; theyReachedOut: number };
  /** gives and takes per calendar month, oldest first, the last 12 months */
  monthly: { month: string; gives: number; takes: number }[];
  /** how many people at each depth */
  depth: { deep: number; active: number; shallow: number; dormant: number };
}

/** The look-back of each metric: the window of the rule that judges the same thing. */
export interface MetricWindows {
  ratioDays: number;
  mixerDays: number;
  newPeopleDays: number;
}

export function computeMetrics(net: Network, windows: MetricWindows): Metrics {
  const today = net.today;
  const yearAgo = net.since(windows.ratioDays);
  const inYear = (d: Day) => d >= yearAgo && d <= today;
  // Indexed loops, not for-of (domain/network.ts groupBy says why).
  const gives = net.givesIn(yearAgo, today);
  // A sale is slash-and-burn's alone (RULES.md): it is not a take the ratio weighs.
  let takes = 0;
  const yearTakes = net.takesWithin(yearAgo, today);
  for (let i = 0; i < yearTakes.length; i++) if (yearTakes[i]!.kind !== 'sale') takes++;
  const fresh = net.metWithin(windows.newPeopleDays);
  // The same events mixer-for-networking judges (paid clubs are paid-club's), so the numbers agree.
  const mixers = net.mixersForNetworking(windows.mixerDays);
  const follow = net.followedUp(mixers);
  // One pass over everyone (there were seven: a large network has 10,000 people).
  const overdue: Metrics['overdue'] = net
    .overdue()
    .map((x) => ({ id: x.p.id, name: x.p.name, daysOver: x.over }));
  const halfYear = net.since(180);
  let deep = 0;
  let active = 0;
  let shallow = 0;
  let dormant = 0;
  let shallowContacts = 0;
  let youReachedOut = 0;
  let theyReachedOut = 0;
  const people = net.people;
  for (let i = 0; i < people.length; i++) {
    const p = people[i]!;
    const last = net.lastTouch(p.id);
    if (p.origin === 'reached-out') youReachedOut++;
    else if (p.origin === 'inbound') theyReachedOut++;
    const isShallow = net.isShallow(p);
    if (isShallow) shallowContacts++;
    if (p.target && p.met === null) continue;
    if (net.isDeep(p.id)) deep++;
    else if (isShallow) shallow++;
    else if (last !== null && last >= halfYear) active++;
    else dormant++;
  }
  let inboundTouches = 0;
  const inbound = net.snap.inbound;
  for (let i = 0; i < inbound.length; i++) if (inYear(inbound[i]!)) inboundTouches++;
  let byIntro = 0;
  let atEvents = 0;
  for (const p of fresh)
    if (p.origin === 'intro') byIntro++;
    else if (p.origin === 'event') atEvents++;
  let cost = 0;
  let hours = 0;
  for (const e of mixers) {
    cost += e.cost;
    hours += e.hours;
  }
  return {
    givesToTakes: [gives, takes],
    ratio: takes === 0 ? null : Math.round((gives / takes) * 10) / 10,
    deepTies: deep,
    shallowContacts,
    people: net.people.length,
    newPeople: { total: fresh.length, byIntro, atEvents },
    lowYieldEvents: {
      count: mixers.length,
      cost,
      hours,
      met: follow.met.length,
      followedUp: follow.followed.length,
    },
    overdue,
    reachedOut: { youReachedOut, theyReachedOut: theyReachedOut + inboundTouches },
    monthly: monthly(net),
    depth: { deep, active, shallow, dormant },
  };
}

/** The twelve calendar months up to the one `today` is in, oldest first, nothing counted yet. */
export function twelveMonths(today: Day): Metrics['monthly'] {
  const first = addCadence(`${today.slice(0, 7)}-01`, { n: 11, unit: 'm' }, -1);
  const months: Metrics['monthly'] = [];
  for (let i = 0; i < 12; i++)
    months.push({ month: addCadence(first, { n: i, unit: 'm' }).slice(0, 7), gives: 0, takes: 0 });
  return months;
}

/** Gives and takes of each month up to today, counted by binary search in the rows (date order). */
function monthly(net: Network): Metrics['monthly'] {
  const months = twelveMonths(net.today);
  for (let i = 0; i < months.length; i++) {
    const from = `${months[i]!.month}-01`;
    const next = months[i + 1];
    const to = next ? addDays(`${next.month}-01`, -1) : net.today;
    months[i]!.gives = net.givesIn(from, to);
    months[i]!.takes = net.takesIn(from, to);
  }
  return months;
}
