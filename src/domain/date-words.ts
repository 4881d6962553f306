/**
 * Dates as people type them, and as rel prints them: ISO, words ("yesterday", "3 days ago", "-2w",
 * "last monday", "昨日", "来週の月曜日"), and day-and-month forms ("3 Nov", "Nov 3", "2 Nov 2025",
 * "11/3", "11月3日", "2025年11月2日"). Pure: `today` is always passed in.
 *
 * A date typed without a year leans one way: for what already happened (`--date`) it is the most
 * recent one on or before today; for what is coming (`--on`, `--until`) the next one on or after
 * today. A bare weekday ("friday", "金曜日") leans the same way.
 */
import { addCadence, addDays, isDay, toDate, type CadenceUnit, type Day } from './dates.js';

/** Which way a date without a year (or a bare weekday) is read. */
export type Lean = 'past' | 'future';

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

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
  日: 0,
  月: 1,
  火: 2,
  水: 3,
  木: 4,
  金: 5,
  土: 6,
};

const MONTHS: Record<string, number> = {
  jan: 1,
  january: 1,
  feb: 2,
  february: 2,
  mar: 3,
  march: 3,
  apr: 4,
  april: 4,
  may: 5,
  jun: 6,
  june: 6,
  jul: 7,
  july: 7,
  aug: 8,
  august: 8,
  sep: 9,
  sept: 9,
  september: 9,
  oct: 10,
  october: 10,
  nov: 11,
  november: 11,
  dec: 12,
  december: 12,
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

/** Lower case, NFKC (full-width digits and letters), single spaces, no commas or trailing dots. */
export function normalizeWords(input: string): string {
  return input
    .normalize('NFKC')
    .toLowerCase()
    .replace(/,/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/\.$/, '');
}

/** A month and day, with the year when one was typed: "3 Nov", "Nov 3rd 2025", "11/3", "2025年11月2日". */
export function parseMonthDay(s: string): { y?: number; m: number; d: number } | undefined {
  const ord = '(\\d{1,2})(?:st|nd|rd|th)?';
  const mon = '([a-z]+)\\.?';
  const year = '(?: (\\d{4}))?';
  let y: string | undefined;
  let m: number | undefined;
  let d: string | undefined;
  let hit: RegExpExecArray | null;
  if ((hit = new RegExp(`^${ord} (?:of )?${mon}${year}$`).exec(s)))
    [d, m, y] = [hit[1], MONTHS[hit[2]!], hit[3]];
  else if ((hit = new RegExp(`^${mon} ${ord}${year}$`).exec(s)))
    [m, d, y] = [MONTHS[hit[1]!], hit[2], hit[3]];
  else if ((hit = /^(?:(\d{4}) ?年 ?)?(\d{1,2}) ?月 ?(\d{1,2}) ?日$/.exec(s)))
    [y, m, d] = [hit[1], Number(hit[2]), hit[3]];
  else if ((hit = /^(\d{1,2})\/(\d{1,2})$/.exec(s))) [m, d] = [Number(hit[1]), hit[2]];
  if (m === undefined || d === undefined) return undefined;
  const out = { m, d: Number(d) };
  // Is it a real day in some year (29 Feb is; 30 Feb never is)?
  if (!isDay(ymd(y === undefined ? 2000 : Number(y), out.m, out.d))) return undefined;
  return y === undefined ? out : { y: Number(y), ...out };
}

const ymd = (y: number, m: number, d: number): Day =>
  `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

/** The month and day in the year nearest `today` in the direction of `lean` (today counts). */
export function resolveYear(m: number, d: number, today: Day, lean: Lean): Day | undefined {
  const year = Number(today.slice(0, 4));
  for (let i = 0; i <= 8; i++) {
    const day = ymd(lean === 'past' ? year - i : year + i, m, d);
    if (isDay(day) && (lean === 'past' ? day <= today : day >= today)) return day;
  }
  return undefined;
}

/**
 * rel's own date words. Returns undefined when the words are not understood (the caller may then
 * try a general parser).
 */
export function parseDayWords(input: string, today: Day, lean: Lean = 'past'): Day | undefined {
  const s = normalizeWords(input);
  if (s === '') return undefined;
  if (ISO_DAY.test(s)) return isDay(s) ? s : undefined;
  const slashed = /^(\d{4})[/.](\d{1,2})[/.](\d{1,2})$/.exec(s);
  if (slashed) {
    const day = ymd(Number(slashed[1]), Number(slashed[2]), Number(slashed[3]));
    return isDay(day) ? day : undefined;
  }
  const fixed = FIXED[s];
  if (fixed !== undefined) return fixed(today);
  const minus = /^([-+])(\d{1,5}) ?([a-z]+)$/.exec(s);
  if (minus) return shift(today, minus[1] === '-' ? -Number(minus[2]) : Number(minus[2]), minus[3] ?? '');
  const ago = /^(\d{1,5}) ?([a-z]+|日|週間?|[かヶケカ]月|年) ?(ago|前)$/.exec(s);
  if (ago) return shift(today, -Number(ago[1]), ago[2] ?? '');
  const ahead = /^in (\d{1,5}) ?([a-z]+)$/.exec(s) ?? /^(\d{1,5}) ?(日|週間?|[かヶケカ]月|年)後$/.exec(s);
  if (ahead) return shift(today, Number(ahead[1]), ahead[2] ?? '');
  const lastNext = /^(last|next) ([a-z]+)$/.exec(s);
  if (lastNext) return nearestWeekday(today, lastNext[2]!, lastNext[1] === 'last' ? 'past' : 'future', false);
  const week = /^(先週|今週|来週|再来週)の? ?([日月火水木金土])曜日?$/.exec(s);
  if (week) return inWeek(today, { 先週: -1, 今週: 0, 来週: 1, 再来週: 2 }[week[1]!]!, week[2]!);
  const bare = /^([a-z]+|[日月火水木金土]曜日?)$/.exec(s);
  if (bare && !MONTHS[s]) {
    const day = nearestWeekday(today, s.replace(/曜日?$/, ''), lean, true);
    if (day) return day;
  }
  const md = parseMonthDay(s);
  if (md) return md.y !== undefined ? ymd(md.y, md.m, md.d) : resolveYear(md.m, md.d, today, lean);
  return undefined;
}

const FIXED: Record<string, (today: Day) => Day | undefined> = {};
const fixed = (words: string[], fn: (today: Day) => Day | undefined) => {
  for (const w of words) FIXED[w] = fn;
};
fixed(['today', 'now', '今日', 'きょう', '本日'], (t) => t);
fixed(['yesterday', '昨日', 'きのう'], (t) => addDays(t, -1));
fixed(['tomorrow', '明日', 'あした', 'あす'], (t) => addDays(t, 1));
fixed(['一昨日', 'おととい', 'おとつい'], (t) => addDays(t, -2));
fixed(['明後日', 'あさって', 'day after tomorrow'], (t) => addDays(t, 2));
fixed(['last week', '先週'], (t) => addDays(t, -7));
fixed(['next week', '来週'], (t) => addDays(t, 7));
fixed(['last month', '先月'], (t) => shift(t, -1, 'm'));
fixed(['next month', '来月'], (t) => shift(t, 1, 'm'));
fixed(['last year', '去年', '昨年'], (t) => shift(t, -1, 'y'));
fixed(['next year', '来年'], (t) => shift(t, 1, 'y'));

function shift(today: Day, n: number, unitWord: string): Day | undefined {
  const unit = UNIT_WORDS[unitWord];
  if (!unit) return undefined;
  return addCadence(today, { n: Math.abs(n), unit }, n < 0 ? -1 : 1);
}

const weekday = (today: Day) => toDate(today)!.getDay();

/** The nearest given weekday before (past) or after (future) today; today itself only if `orToday`. */
function nearestWeekday(today: Day, word: string, lean: Lean, orToday: boolean): Day | undefined {
  const wd = WEEKDAYS[word];
  if (wd === undefined) return undefined;
  const current = weekday(today);
  if (lean === 'past') {
    const back = (current - wd + 7) % 7 || (orToday ? 0 : 7);
    return addDays(today, -back);
  }
  const fwd = (wd - current + 7) % 7 || (orToday ? 0 : 7);
  return addDays(today, fwd);
}

/**
 * 先週の月曜日, 来週の金曜日: a weekday in a calendar week `weeks` away. Weeks start on Sunday, as
 * Japanese calendars print them.
 */
function inWeek(today: Day, weeks: number, kanji: string): Day {
  const sunday = addDays(today, -weekday(today));
  return addDays(sunday, weeks * 7 + WEEKDAYS[kanji]!);
}
