/** Who is due for a word from you, what you last did together, one give idea; birthdays ahead. Pure. */
import { effectiveCadence, nextDue } from './cadence.js';
import { compareText } from './collate.js';
import { addDays, daysBetween, nextBirthday, type Day } from './dates.js';
import type { PersonAgg } from './aggregate.js';
import type { Person } from './types.js';

/** What reminders read of a person. */
export type ReminderPerson = Pick<
  Person,
  'id' | 'name' | 'every' | 'circle' | 'met' | 'snoozedUntil' | 'birthday'
>;

/**
 * Whom reminders look at, sorted by name as the people table is read (a Network is one; remind reads
 * only the people with a rhythm or a birthday, and their person_stats, see db/repos/remind.ts).
 */
export interface ReminderSource {
  readonly people: readonly ReminderPerson[];
  readonly today: Day;
  lastTouch(id: number): Day | null;
  stats(id: number): Pick<PersonAgg, 'lastGive' | 'lastTake'>;
}

export type Idea =
  | { kind: 'thank'; about: string }
  | { kind: 'birthday'; date: Day }
  | { kind: 'offer'; what: string }
  | { kind: 'share' };

export interface Activity {
  date: Day;
  what: string;
  type: 'give' | 'take' | 'touch' | 'event';
}

export interface DueItem {
  id: number;
  name: string;
  every: string;
  dueOn: Day;
  daysOver: number;
  last: Activity | null;
  idea: Idea;
}

export interface BirthdayItem {
  id: number;
  name: string;
  date: Day;
  inDays: number;
  /** The age they turn, when the year of birth is known. */
  turning: number | null;
}

/** A person due: since when, and how many days over. */
export interface DuePerson {
  p: ReminderPerson;
  dueOn: Day;
  daysOver: number;
}

/** Who is due, in the source's order (see `mostOverdue`). */
export function dueNow(net: ReminderSource): DuePerson[] {
  const out: DuePerson[] = [];
  for (const p of net.people) {
    const due = nextDue(p, net.lastTouch(p.id));
    if (due !== null && due <= net.today) out.push({ p, dueOn: due, daysOver: daysBetween(due, net.today) });
  }
  return out;
}

const overdueFirst = (a: DuePerson, b: DuePerson) =>
  b.daysOver - a.daysOver || compareText(a.p.name, b.p.name);

/**
 * Most overdue first, then by name, then as listed: the order every reminder list keeps. With `k`,
 * only the first k of that order, found without sorting everyone.
 */
export function mostOverdue(due: readonly DuePerson[], k = due.length): DuePerson[] {
  if (k >= due.length) return [...due].sort(overdueFirst);
  const top: DuePerson[] = [];
  if (k <= 0) return top;
  for (const x of due) {
    // One that ties with the last kept would come after it, as a stable sort keeps them.
    if (top.length === k && overdueFirst(x, top[k - 1]!) >= 0) continue;
    let i = top.length;
    while (i > 0 && overdueFirst(x, top[i - 1]!) < 0) i--;
    top.splice(i, 0, x);
    if (top.length > k) top.pop();
  }
  return top;
}

/** Who is due, most overdue first (then by name). */
export const duePeople = (net: ReminderSource): DuePerson[] => mostOverdue(dueNow(net));

/**
 * The reminders for people due (from `duePeople`, in its order). `lastActivity` looks up what was
 * last done with them (the db answers it for those few only).
 */
export function dueItems(
  net: ReminderSource,
  due: readonly DuePerson[],
  canGive: readonly string[],
  lastActivity: (ids: number[]) => Map<number, Activity>,
): DueItem[] {
  const last = lastActivity(due.map((x) => x.p.id));
  return due.map(({ p, dueOn, daysOver }) => ({
    id: p.id,
    name: p.name,
    every: effectiveCadence(p)!,
    dueOn,
    daysOver,
    last: last.get(p.id) ?? null,
    idea: ideaFor(net, p, canGive),
  }));
}

/** Who is due, most overdue first, each with what was last done together and a give idea. */
export function dueReminders(
  net: ReminderSource,
  canGive: readonly string[],
  lastActivity: (ids: number[]) => Map<number, Activity>,
): DueItem[] {
  return dueItems(net, duePeople(net), canGive, lastActivity);
}

function ideaFor(net: ReminderSource, p: ReminderPerson, canGive: readonly string[]): Idea {
  const id = p.id;
  const { lastTake, lastGive } = net.stats(id);
  if (lastTake && !(lastGive && lastGive >= lastTake.date)) return { kind: 'thank', about: lastTake.what };
  if (p.birthday) {
    const next = nextBirthday(p.birthday, net.today);
    if (daysBetween(net.today, next) <= 14) return { kind: 'birthday', date: next };
  }
  if (canGive.length > 0) return { kind: 'offer', what: canGive[id % canGive.length]! };
  return { kind: 'share' };
}

/**
 * The days of the year ('MM-DD') on which a birthday next comes round after `withinDays`: no one
 * born on them is among the upcoming birthdays, so the db need not read them (see db/repos/remind.ts).
 * Worked out by `nextBirthday` itself, 29 Feb included.
 */
export function birthdaysAfter(today: Day, withinDays: number): string[] {
  const out: string[] = [];
  for (let day = '2000-01-01'; day < '2001-01-01'; day = addDays(day, 1)) {
    const mmdd = day.slice(5);
    if (daysBetween(today, nextBirthday(`--${mmdd}`, today)) > withinDays) out.push(mmdd);
  }
  return out;
}

export function upcomingBirthdays(net: ReminderSource, withinDays: number): BirthdayItem[] {
  const out: BirthdayItem[] = [];
  for (const p of net.people) {
    if (!p.birthday) continue;
    const date = nextBirthday(p.birthday, net.today);
    const inDays = daysBetween(net.today, date);
    if (inDays > withinDays) continue;
    const year = p.birthday.startsWith('--') ? null : Number(p.birthday.slice(0, 4));
    out.push({
      id: p.id,
      name: p.name,
      date,
      inDays,
      turning: year === null ? null : Number(date.slice(0, 4)) - year,
    });
  }
  return out.sort((a, b) => a.inDays - b.inDays || compareText(a.name, b.name));
}

/** An important date (an exam, a launch, an anniversary) as it comes round. */
export interface DateItem {
  /** The person's id. */
  id: number;
  name: string;
  label: string;
  /** As recorded: the day itself, or for a yearly date the first one. */
  on: Day;
  yearly: boolean;
  /** The next time it comes round, on or after today (a past one-off date: the date itself). */
  date: Day;
  /** Days from today (negative once a one-off date has passed). */
  inDays: number;
  /** For a yearly date: which time it comes round (5 for a fifth anniversary), when known. */
  years: number | null;
}

export interface DateRecord {
  personId: number;
  name: string;
  label: string;
  on: Day;
  yearly: boolean;
}

/** Where a recorded date stands today. */
export function dateItem(d: DateRecord, today: Day): DateItem {
  const date = d.yearly && d.on < today ? nextBirthday(d.on, today) : d.on;
  const years = d.yearly && date > d.on ? Number(date.slice(0, 4)) - Number(d.on.slice(0, 4)) : null;
  return {
    id: d.personId,
    name: d.name,
    label: d.label,
    on: d.on,
    yearly: d.yearly,
    date,
    inDays: daysBetween(today, date),
    years,
  };
}

/** Coming dates, soonest first, or every date (`withinDays` null: past one-offs last, latest first). */
export function importantDates(
  dates: readonly DateRecord[],
  today: Day,
  withinDays: number | null,
): DateItem[] {
  const items = dates.map((d) => dateItem(d, today));
  const coming = items
    .filter((i) => i.inDays >= 0 && (withinDays === null || i.inDays <= withinDays))
    .sort((a, b) => a.inDays - b.inDays || compareText(a.name, b.name) || compareText(a.label, b.label));
  if (withinDays !== null) return coming;
  const past = items.filter((i) => i.inDays < 0).sort((a, b) => b.inDays - a.inDays);
  return [...coming, ...past];
}
