import { describe, expect, it } from 'vitest';
import { chronoDay } from '../../src/domain/chrono.js';
import { parseDayWords } from '../../src/domain/date-words.js';
import { parseBirthday } from '../../src/domain/dates.js';

const today = '2026-11-22'; // a Sunday

describe('dates as rel prints them are read back', () => {
  // [typed, as a past date (--date), as a coming date (--on, --until)]
  it.each([
    ['3 Nov', '2026-11-03', '2027-11-03'],
    ['Nov 3', '2026-11-03', '2027-11-03'],
    ['november 3rd', '2026-11-03', '2027-11-03'],
    ['3rd of November', '2026-11-03', '2027-11-03'],
    ['22 Nov', today, today], // today is both the most recent and the next 22 Nov
    ['23 Nov', '2025-11-23', '2026-11-23'],
    ['3 Dec', '2025-12-03', '2026-12-03'],
    ['2 Nov 2025', '2025-11-02', '2025-11-02'], // a year typed is kept, either way
    ['Nov 2, 2025', '2025-11-02', '2025-11-02'],
    ['1 Jan 2027', '2027-01-01', '2027-01-01'],
    ['11/3', '2026-11-03', '2027-11-03'], // month/day, as 11/3 is read in Japan and the US
    ['12/25', '2025-12-25', '2026-12-25'],
    ['11月3日', '2026-11-03', '2027-11-03'],
    ['１１月３日', '2026-11-03', '2027-11-03'], // full-width digits
    ['2025年11月2日', '2025-11-02', '2025-11-02'],
    ['29 Feb', '2024-02-29', '2028-02-29'], // the nearest year that has one
    ['2026/3/5', '2026-03-05', '2026-03-05'],
  ])('%s → %s (past) / %s (coming)', (typed, past, coming) => {
    expect(parseDayWords(typed, today, 'past')).toBe(past);
    expect(parseDayWords(typed, today, 'future')).toBe(coming);
  });
});

describe('words for days', () => {
  it.each([
    ['先月', '2026-10-22'],
    ['来月', '2026-12-22'],
    ['next month', '2026-12-22'],
    ['来年', '2027-11-22'],
    ['明後日', '2026-11-24'],
    ['tomorrow', '2026-11-23'],
    ['next monday', '2026-11-23'],
    ['next sunday', '2026-11-29'], // never today
    ['in 3 weeks', '2026-12-13'],
    ['2週間後', '2026-12-06'],
    // Japanese weeks run Sunday to Saturday, as Japanese calendars print them; today is a Sunday.
    ['来週の月曜日', '2026-11-30'],
    ['来週の月曜', '2026-11-30'],
    ['今週の金曜日', '2026-11-27'],
    ['先週の月曜日', '2026-11-16'],
    ['再来週の水曜日', '2026-12-09'],
  ])('%s → %s', (typed, day) => expect(parseDayWords(typed, today)).toBe(day));

  it.each([
    // a Wednesday and a Saturday: the week, not the distance, decides
    ['2026-11-25', '来週の月曜日', '2026-11-30'],
    ['2026-11-25', '先週の月曜日', '2026-11-16'],
    ['2026-11-25', '今週の月曜日', '2026-11-23'],
    ['2026-11-28', '来週の月曜日', '2026-11-30'],
    ['2026-11-28', '先週の土曜日', '2026-11-21'],
  ])('on %s, %s → %s', (on, typed, day) => expect(parseDayWords(typed, on)).toBe(day));

  it('a bare weekday leans like a date without a year', () => {
    expect(parseDayWords('friday', today, 'past')).toBe('2026-11-20');
    expect(parseDayWords('friday', today, 'future')).toBe('2026-11-27');
    expect(parseDayWords('金曜日', today, 'past')).toBe('2026-11-20');
    expect(parseDayWords('Sunday', today, 'past')).toBe(today);
    expect(parseDayWords('Sunday', today, 'future')).toBe(today);
  });

  it.each([
    '30 Feb',
    '2/30',
    '13/1',
    'Nov 31',
    'may',
    'blah 3 nov',
    '3 Nov 26',
    '11/3/2026',
    '先週の',
    '32日前x',
  ])('rejects %j', (w) => {
    expect(parseDayWords(w, today, 'past')).toBeUndefined();
    expect(parseDayWords(w, today, 'future')).toBeUndefined();
  });
});

describe('the general fallback (chrono-node, English)', () => {
  it.each([
    ['two weeks ago', '2026-11-08'],
    ['a week ago', '2026-11-15'],
    ['in two weeks', '2026-12-06'],
    ['3 weeks from now', '2026-12-13'],
    ['this friday', '2026-11-27'],
  ])('%s → %s', (typed, day) => expect(chronoDay(typed, today, 'past')).toBe(day));

  it.each(['soon', 'call bob on 3 nov', 'nov 3 - nov 5', '来週', '', 'x'.repeat(100)])('rejects %j', (w) =>
    expect(chronoDay(w, today, 'past')).toBeUndefined(),
  );
});

describe('birthdays as rel prints them', () => {
  it.each([
    ['15 May', '--05-15'],
    ['May 15', '--05-15'],
    ['5月15日', '--05-15'],
    ['15 May 1990', '1990-05-15'],
    ['1990年5月15日', '1990-05-15'],
    ['29 Feb', '--02-29'],
  ])('%s → %s', (typed, stored) => expect(parseBirthday(typed)).toBe(stored));

  it.each(['30 Feb', '29 Feb 2026', 'someday'])('rejects %j', (w) =>
    expect(parseBirthday(w)).toBeUndefined(),
  );
});
