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

/**
 * The review's metrics as of the network's today. The rows of the give : take window and the chart's
 * months are counted in the loaded window unless `counts` are given (a window that starts later).
 */
export function computeMetrics(net: Network, windows: MetricWindows, counts?: RowCounts): Metrics {
  const today = net.today;
  const yearAgo = net.since(windows.ratioDays);
  counts ??= windowCounts(net, yearAgo, today);
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
    givesToTakes: [counts.gives, counts.takes],
    ratio: counts.takes === 0 ? null : Math.round((counts.gives / counts.takes) * 10) / 10,
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
    reachedOut: { youReachedOut, theyReachedOut: theyReachedOut + counts.inbound },
    monthly: counts.monthly,
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

/** Rows dated over a range of days: the give : take window's, and each month's of the chart. */
export interface RowCounts {
  gives: number;
  /** Takes that were not sales: a sale is slash-and-burn's alone (RULES.md), not a take the ratio weighs. */
  takes: number;
  /** Inbound touches: someone reached out to you. */
  inbound: number;
  monthly: Metrics['monthly'];
}

/** The first day of the chart's twelve months up to the one `day` is in. */
export const monthsFrom = (day: Day): Day => `${twelveMonths(day)[0]!.month}-01`;

/**
 * The rows of the loaded window dated from..to (both inclusive), and the gives and takes of each of
 * the twelve months up to `to`, counted by binary search: the window must reach back to `from` and
 * to monthsFrom(to).
 */
export function windowCounts(net: Network, from: Day, to: Day): RowCounts {
  return {
    gives: net.givesIn(from, to),
    takes: net.takesIn(from, to) - net.salesIn(from, to),
    inbound: net.inboundIn(from, to),
    monthly: monthly(net, to),
  };
}

/** Gives and takes of each month up to `day`'s, counted by binary search in the rows (date order). */
function monthly(net: Network, day: Day): Metrics['monthly'] {
  const months = twelveMonths(day);
  for (let i = 0; i < months.length; i++) {
    const from = `${months[i]!.month}-01`;
    const next = months[i + 1];
    const to = next ? addDays(`${next.month}-01`, -1) : day;
    months[i]!.gives = net.givesIn(from, to);
    months[i]!.takes = net.takesIn(from, to);
  }
  return months;
}
