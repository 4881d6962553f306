import { describe, expect, it } from 'vitest';
import { briefCounts, REMIND_ROOM, TODAY_ROOM } from '../../src/domain/remind-brief.js';
import { mostOverdue, type DuePerson } from '../../src/domain/reminders.js';

const days = (...n: number[]) => n.map((inDays) => ({ inDays }));

describe('what the brief reminder text shows', () => {
  it('shows everything when it fits in a dozen', () => {
    expect(briefCounts(3, days(0, 2), days(1), REMIND_ROOM)).toEqual({
      due: 3,
      birthdays: 2,
      dates: 1,
      more: 0,
    });
  });

  it('keeps up to eight for birthdays and dates, the soonest, and gives people the rest', () => {
    const birthdays = days(0, 0, 1, 2, 3, 3, 4, 5, 6, 6);
    const dates = days(1, 5);
    expect(briefCounts(1065, birthdays, dates, REMIND_ROOM)).toEqual({
      due: 4,
      birthdays: 7, // 0 0 1 2 3 3 4, and the date on day 1: a birthday goes first on the same day
      dates: 1,
      more: 1065 + 12 - 12,
    });
  });

  it('lets one side take the room the other leaves', () => {
    expect(briefCounts(40, days(3), [], REMIND_ROOM)).toMatchObject({ due: 11, birthdays: 1, more: 29 });
    expect(briefCounts(1, days(...Array<number>(20).fill(2)), [], REMIND_ROOM)).toMatchObject({
      due: 1,
      birthdays: 11,
      more: 9,
    });
  });

  it('today keeps its three people and lists up to eight dates', () => {
    expect(briefCounts(50, days(1, 2), [], TODAY_ROOM)).toMatchObject({ due: 3, birthdays: 2, more: 47 });
    expect(briefCounts(0, days(...Array<number>(20).fill(2)), [], TODAY_ROOM)).toMatchObject({
      birthdays: 11,
      more: 9,
    });
    expect(briefCounts(2, [], [], TODAY_ROOM).more).toBe(0);
  });
});

describe('the most overdue few', () => {
  it('are the first of everyone sorted, ties in name kept as listed', () => {
    const names = ['Ken Sato', 'aiko', 'Aiko', 'Ken Sato', 'Émi', 'emi'];
    const due: DuePerson[] = Array.from({ length: 300 }, (_, id) => ({
      p: {
        id,
        name: names[id % 6]!,
        every: '1m',
        circle: null,
        met: null,
        snoozedUntil: null,
        birthday: null,
      },
      dueOn: '2026-11-01',
      daysOver: (id * 7919) % 11,
    }));
    const ids = (xs: DuePerson[]) => xs.map((x) => x.p.id);
    const all = ids(mostOverdue(due));
    expect(all).toHaveLength(300);
    for (const k of [0, 1, 2, 5, 12, 40, 299, 300, 301])
      expect(ids(mostOverdue(due, k))).toEqual(all.slice(0, k));
  });
});
