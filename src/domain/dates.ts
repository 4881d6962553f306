/**
 * Calendar dates as 'YYYY-MM-DD' strings in local time. Everything takes `today` or `now` as input:
 * nothing here reads the clock.
 */
import { addDays as fnsAddDays } from 'date-fns/addDays';
import { addMonths } from 'date-fns/addMonths';
import { addWeeks } from 'date-fns/addWeeks';
import { addYears } from 'date-fns/addYears';

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
/** Days since 1970-01-01 for a calendar date (UTC arithmetic: no time zone or DST can shift it). */
const dayNumber = (day: Day): number => {
  if (!ISO_DAY.test(day)) throw new Error(`not a calendar date: ${day}`);
  return Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10))) / DAY_MS;
};
const fromDayNumber = (n: number): Day => new Date(n * DAY_MS).toISOString().slice(0, 10);

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

/** Approximate length in days, for ranking and circles. */
export function cadenceDays(c: Cadence): number {
  return c.n * { d: 1, w: 7, m: 30, y: 365 }[c.unit];
}

const WEEKDAYS: Record<string, number> = {
  sunday: 0,
  sun: 0,
  monday: 1,
  mon: 1,
  tuesday: 2,
  tue: 2,
  tues: 2,
  wednesday: 3,
  wed: 3,
  thursday: 4,
  thu: 4,
  thurs: 4,
  friday: 5,
  fri: 5,
  saturday: 6,
  sat: 6,
  日曜: 0,
  月曜: 1,
  火曜: 2,
  水曜: 3,
  木曜: 4,
  金曜: 5,
  土曜: 6,
};

const UNIT_WORDS: Record<string, CadenceUnit> = {
  d: 'd',
  day: 'd',
  days: 'd',
  w: 'w',
  week: 'w',
  weeks: 'w',
  m: 'm',
  mo: 'm',
  month: 'm',
  months: 'm',
  y: 'y',
  year: 'y',
  years: 'y',
  日: 'd',
  週: 'w',
  週間: 'w',
  か月: 'm',
  ヶ月: 'm',
  ケ月: 'm',
  カ月: 'm',
  年: 'y',
};

/**
 * Date words people type: ISO, today, yesterday, "3 days ago", "-2w", "last monday", and the
 * Japanese 今日, 昨日, 一昨日, 3日前, 2週間前. Returns undefined when the words are not understood.
 */
export function parseDayWords(input: string, today: Day): Day | undefined {
  const s = input.normalize('NFKC').trim().toLowerCase().replace(/\s+/g, ' ');
  if (s === '') return undefined;
  if (ISO_DAY.test(s)) return isDay(s) ? s : undefined;
  const slashed = /^(\d{4})\/(\d{1,2})\/(\d{1,2})$/.exec(s);
  if (slashed) {
    const day = `${slashed[1]}-${slashed[2]?.padStart(2, '0')}-${slashed[3]?.padStart(2, '0')}`;
    return isDay(day) ? day : undefined;
  }
  if (s === 'today' || s === 'now' || s === '今日' || s === 'きょう') return today;
  if (s === 'yesterday' || s === '昨日' || s === 'きのう') return addDays(today, -1);
  if (s === 'tomorrow' || s === '明日' || s === 'あした') return addDays(today, 1);
  if (s === '一昨日' || s === 'おととい') return addDays(today, -2);
  const minus = /^([-+])(\d{1,5}) ?([a-z]+)$/.exec(s);
  if (minus) return shift(today, minus[1] === '-' ? -Number(minus[2]) : Number(minus[2]), minus[3] ?? '');
  const ago = /^(\d{1,5}) ?([a-z]+|日|週間?|[かヶケカ]月|年) ?(ago|前)$/.exec(s);
  if (ago) return shift(today, -Number(ago[1]), ago[2] ?? '');
  const ahead = /^in (\d{1,5}) ?([a-z]+)$/.exec(s) ?? /^(\d{1,5}) ?(日|週間?|[かヶケカ]月|年)後$/.exec(s);
  if (ahead) return shift(today, Number(ahead[1]), ahead[2] ?? '');
  const last = /^(last|先週の?) ?([a-z]+|[日月火水木金土]曜日?)$/.exec(s);
  if (last) return lastWeekday(today, last[2] ?? '');
  if (s === 'last week' || s === '先週') return addDays(today, -7);
  if (s === 'last month' || s === '先月') return shift(today, -1, 'm');
  if (s === 'last year' || s === '去年' || s === '昨年') return shift(today, -1, 'y');
  return undefined;
}

function shift(today: Day, n: number, unitWord: string): Day | undefined {
  const unit = UNIT_WORDS[unitWord];
  if (!unit) return undefined;
  return addCadence(today, { n: Math.abs(n), unit }, n < 0 ? -1 : 1);
}

function lastWeekday(today: Day, word: string): Day | undefined {
  const wd = WEEKDAYS[word.replace(/日$/, '')];
  if (wd === undefined) return undefined;
  const current = mustDate(today).getDay();
  const back = (current - wd + 7) % 7 || 7;
  return addDays(today, -back);
}

/** Birthdays: '1990-05-15', or with no year '--05-15' / '05-15' / '5/15'. Returns the stored form. */
export function parseBirthday(input: string): string | undefined {
  const s = input.normalize('NFKC').trim();
  if (ISO_DAY.test(s)) return isDay(s) ? s : undefined;
  const m = /^(?:--)?(\d{1,2})[-/](\d{1,2})$/.exec(s);
  if (!m) return undefined;
  const mm = m[1]!.padStart(2, '0');
  const dd = m[2]!.padStart(2, '0');
  return isDay(`2000-${mm}-${dd}`) ? `--${mm}-${dd}` : undefined;
}

/** The next time a birthday comes round on or after `today` (29 Feb falls on 28 Feb in other years). */
export function nextBirthday(birthday: string, today: Day): Day {
  const mmdd = birthday.slice(-5);
  const year = Number(today.slice(0, 4));
  for (const y of [year, year + 1]) {
    let day = `${y}-${mmdd}`;
    if (!isDay(day)) day = `${y}-02-28`;
    if (day >= today) return day;
  }
  return `${year + 1}-${mmdd}`;
}
