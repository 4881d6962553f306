/**
 * Calendar dates as 'YYYY-MM-DD' strings in local time. Everything takes `today` or `now` as input:
 * nothing here reads the clock.
 */
import { addDays as fnsAddDays } from 'date-fns/addDays';
import { addMonths } from 'date-fns/addMonths';
import { addWeeks } from 'date-fns/addWeeks';
import { addYears } from 'date-fns/addYears';
import { normalizeWords, parseMonthDay } from './date-words.js';

export { parseDayWords, type Lean } from './date-words.js';

export type Day = string;

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

export function dayOf(d: Date): Day {
  const y = d.getFullYear();
  const m = String(d.getMonth() + 1).padStart(2, '0');
  const dd = String(d.getDate()).padStart(2, '0');
  return `${String(y).padStart(4, '0')}-${m}-${dd}`;
}

/** Local midnight of a day; undefined when the string is not a real calendar date. */
export function toDate(day: Day): Date | undefined {
  const m = ISO_DAY.exec(day);
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(y, mo - 1, d);
  if (date.getFullYear() !== y || date.getMonth() !== mo - 1 || date.getDate() !== d) return undefined;
  return date;
}

function mustDate(day: Day): Date {
  const d = toDate(day);
  if (!d) throw new Error(`not a calendar date: ${day}`);
  return d;
}

export const isDay = (s: string): boolean => toDate(s) !== undefined;

const DAY_MS = 86_400_000;
// A review converts the same few hundred dates back and forth tens of thousands of times.
const MEMO = 100_000;
const numbers = new Map<Day, number>();
const days = new Map<number, Day>();
/** Days since 1970-01-01 for a calendar date (UTC arithmetic: no time zone or DST can shift it). */
const dayNumber = (day: Day): number => {
  let n = numbers.get(day);
  if (n !== undefined) return n;
  if (!ISO_DAY.test(day)) throw new Error(`not a calendar date: ${day}`);
  n = Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10))) / DAY_MS;
  if (numbers.size < MEMO) numbers.set(day, n);
  return n;
};
const fromDayNumber = (n: number): Day => {
  let day = days.get(n);
  if (day !== undefined) return day;
  day = new Date(n * DAY_MS).toISOString().slice(0, 10);
  if (days.size < MEMO) days.set(n, day);
  return day;
};

export const addDays = (day: Day, n: number): Day => fromDayNumber(dayNumber(day) + n);
/** b − a in calendar days. */
export const daysBetween = (a: Day, b: Day): number => dayNumber(b) - dayNumber(a);

/** REL_NOW: an ISO date (that day, local midnight) or datetime. Undefined when unparseable. */
export function parseNow(value: string): Date | undefined {
  const v = value.trim();
  if (ISO_DAY.test(v)) return toDate(v);
  const d = new Date(v);
  return Number.isNaN(d.getTime()) ? undefined : d;
}

export type CadenceUnit = 'd' | 'w' | 'm' | 'y';
export interface Cadence {
  n: number;
  unit: CadenceUnit;
}

const CADENCE = /^(\d{1,4})\s*(d|days?|w|weeks?|m|months?|y|years?|日|週|週間|か月|ヶ月|ケ月|カ月|年)$/i;

export function parseCadence(input: string): Cadence | undefined {
  const m = CADENCE.exec(input.normalize('NFKC').trim());
  if (!m) return undefined;
  const n = Number(m[1]);
  if (n <= 0) return undefined;
  const u = (m[2] ?? '').toLowerCase();
  const unit: CadenceUnit = /^(d|day|days|日)$/.test(u)
    ? 'd'
    : /^(w|week|weeks|週|週間)$/.test(u)
      ? 'w'
      : /^(y|year|years|年)$/.test(u)
        ? 'y'
        : 'm';
  return { n, unit };
}

export const formatCadence = (c: Cadence): string => `${c.n}${c.unit}`;

export function addCadence(day: Day, c: Cadence, times = 1): Day {
  const d = mustDate(day);
  const n = c.n * times;
  const y = d.getFullYear();
  // Calendar arithmetic without date-fns's Date objects (remind works out ~1,500 due days): the
  // same days, as a test checks against date-fns; far years and spans take date-fns's way.
  if (y >= 1000 && y <= 9000 && Math.abs(n) <= 1000) {
    if (c.unit === 'd' || c.unit === 'w') return addDays(day, c.unit === 'w' ? 7 * n : n);
    const months = d.getMonth() + (c.unit === 'y' ? 12 * n : n);
    const year = y + Math.floor(months / 12);
    const month = months - 12 * Math.floor(months / 12);
    const last = month === 1 ? (isLeap(year) ? 29 : 28) : MONTH_DAYS[month]!;
    if (year >= 1000 && year <= 9999)
      return `${year}-${String(month + 1).padStart(2, '0')}-${String(Math.min(d.getDate(), last)).padStart(2, '0')}`;
  }
  switch (c.unit) {
    case 'd':
      return dayOf(fnsAddDays(d, n));
    case 'w':
      return dayOf(addWeeks(d, n));
    case 'm':
      return dayOf(addMonths(d, n));
    case 'y':
      return dayOf(addYears(d, n));
  }
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const isLeap = (y: number) => y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);

/** Approximate length in days, for ranking and circles. */
export function cadenceDays(c: Cadence): number {
  return c.n * { d: 1, w: 7, m: 30, y: 365 }[c.unit];
}

/**
 * Birthdays: '1990-05-15', or with no year '--05-15' / '05-15' / '5/15', and the forms rel prints
 * ('15 May', 'May 15', '15 May 1990', '5月15日', '1990年5月15日'). Returns the stored form.
 */
export function parseBirthday(input: string): string | undefined {
  const s = input.normalize('NFKC').trim();
  if (ISO_DAY.test(s)) return isDay(s) ? s : undefined;
  const m = /^(?:--)?(\d{1,2})[-/](\d{1,2})$/.exec(s);
  const md = m ? { m: Number(m[1]), d: Number(m[2]) } : parseMonthDay(normalizeWords(s));
  if (!md) return undefined;
  const mm = String(md.m).padStart(2, '0');
  const dd = String(md.d).padStart(2, '0');
  if ('y' in md && md.y !== undefined) {
    const full = `${String(md.y).padStart(4, '0')}-${mm}-${dd}`;
    return isDay(full) ? full : undefined;
  }
  return isDay(`2000-${mm}-${dd}`) ? `--${mm}-${dd}` : undefined;
}

/**
 * The next time a birthday (or any yearly date) comes round on or after `today` (29 Feb falls on
 * 28 Feb in other years).
 */
export function nextBirthday(birthday: string, today: Day): Day {
  // Thousands of birthdays fall on 366 days: each day is worked out once for a today.
  const mmdd = birthday.slice(-5);
  const key = `${mmdd}|${today}`;
  let next = birthdays.get(key);
  if (next === undefined) {
    next = comingRound(mmdd, today);
    if (birthdays.size < MEMO) birthdays.set(key, next);
  }
  return next;
}
const birthdays = new Map<string, Day>();

function comingRound(mmdd: string, today: Day): Day {
  const year = Number(today.slice(0, 4));
  for (const y of [year, year + 1]) {
    let day = `${y}-${mmdd}`;
    if (!isDay(day)) day = `${y}-02-28`;
    if (day >= today) return day;
  }
  return `${year + 1}-${mmdd}`;
}
