import { addDays } from 'date-fns/addDays';
import { addMonths } from 'date-fns/addMonths';
import { addWeeks } from 'date-fns/addWeeks';
import { addYears } from 'date-fns/addYears';
import { describe, expect, it } from 'vitest';
import { addCadence, dayOf, toDate, type Cadence } from '../../src/domain/dates.js';

const FNS = { d: addDays, w: addWeeks, m: addMonths, y: addYears };

describe('addCadence', () => {
  it('gives the day date-fns gives, month ends and leap days included', () => {
    const days = [
      '2028-01-31',
      '2028-02-29',
      '2027-02-28',
      '2026-12-31',
      '1999-10-31',
      '2100-02-28',
      '2000-02-29',
    ];
    for (let i = 0; i < 3000; i++)
      days.push(dayOf(new Date(1950 + (i % 120), (i * 7) % 12, 1 + ((i * 13) % 31))));
    for (const day of days)
      for (const unit of ['d', 'w', 'm', 'y'] as const)
        for (const n of [1, 2, 3, 6, 12, 30, 45])
          for (const times of [1, 2, -1]) {
            const c: Cadence = { n, unit };
            const want = dayOf(FNS[unit](toDate(day)!, n * times));
            expect(addCadence(day, c, times), `${day} + ${times} × ${n}${unit}`).toBe(want);
          }
  });
});
