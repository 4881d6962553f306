import { describe, expect, it } from 'vitest';
import {
  addCadence,
  nextBirthday,
  parseBirthday,
  parseCadence,
  parseDayWords,
  parseNow,
  dayOf,
} from '../../src/domain/dates.js';

const today = '2026-11-22'; // a Sunday

describe('date words', () => {
  it.each([
    ['2026-11-01', '2026-11-01'],
    ['2026/3/5', '2026-03-05'],
    ['today', today],
    ['Yesterday', '2026-11-21'],
    ['3 days ago', '2026-11-19'],
    ['1 day ago', '2026-11-21'],
    ['2 weeks ago', '2026-11-08'],
    ['3 months ago', '2026-08-22'],
    ['1 year ago', '2025-11-22'],
    ['-2w', '2026-11-08'],
    ['-10d', '2026-11-12'],
    ['-1m', '2026-10-22'],
    ['last monday', '2026-11-16'],
    ['last sunday', '2026-11-15'], // never today
    ['last sat', '2026-11-21'],
    ['今日', today],
    ['昨日', '2026-11-21'],
    ['一昨日', '2026-11-20'],
    ['3日前', '2026-11-19'],
    ['２週間前', '2026-11-08'], // full-width digit
    ['1ヶ月前', '2026-10-22'],
    ['先週の月曜日', '2026-11-16'],
  ])('%s → %s', (words, day) => expect(parseDayWords(words, today)).toBe(day));

  it.each(['', 'soon', '2026-02-30', '2026-13-01', 'last blursday', '3 fortnights ago', '22/11'])(
    'rejects %j',
    (w) => expect(parseDayWords(w, today)).toBeUndefined(),
  );

  it('month arithmetic clamps at month ends', () => {
    expect(parseDayWords('-1m', '2026-03-31')).toBe('2026-02-28');
    expect(parseDayWords('-1y', '2028-02-29')).toBe('2027-02-28');
  });
});

describe('cadence', () => {
  it.each([
    ['2w', { n: 2, unit: 'w' }],
    ['30d', { n: 30, unit: 'd' }],
    ['3m', { n: 3, unit: 'm' }],
    ['1y', { n: 1, unit: 'y' }],
    ['2 weeks', { n: 2, unit: 'w' }],
    ['3ヶ月', { n: 3, unit: 'm' }],
  ])('%s', (s, c) => expect(parseCadence(s)).toEqual(c));

  it.each(['0d', 'w', '2x', '-1w', ''])('rejects %j', (s) => expect(parseCadence(s)).toBeUndefined());

  it('adds months across month ends and leap days', () => {
    expect(addCadence('2026-01-31', { n: 1, unit: 'm' })).toBe('2026-02-28');
    expect(addCadence('2028-01-31', { n: 1, unit: 'm' })).toBe('2028-02-29');
    expect(addCadence('2028-02-29', { n: 1, unit: 'y' })).toBe('2029-02-28');
    expect(addCadence('2026-12-25', { n: 2, unit: 'w' })).toBe('2027-01-08');
  });
});

describe('birthdays and now', () => {
  it('accepts dates with and without a year', () => {
    expect(parseBirthday('1990-05-15')).toBe('1990-05-15');
    expect(parseBirthday('05-15')).toBe('--05-15');
    expect(parseBirthday('--5-15')).toBe('--05-15');
    expect(parseBirthday('02-29')).toBe('--02-29');
    expect(parseBirthday('13-01')).toBeUndefined();
  });

  it('finds the next birthday, on 28 Feb in non-leap years for 29 Feb', () => {
    expect(nextBirthday('1990-05-15', today)).toBe('2027-05-15');
    expect(nextBirthday('--11-22', today)).toBe('2026-11-22');
    expect(nextBirthday('--02-29', today)).toBe('2027-02-28');
  });

  it('reads REL_NOW as a local calendar day or a date-time', () => {
    expect(dayOf(parseNow('2026-11-22')!)).toBe('2026-11-22');
    expect(parseNow('2026-11-22T10:00:00')).toBeInstanceOf(Date);
    expect(parseNow('next tuesday')).toBeUndefined();
  });
});
