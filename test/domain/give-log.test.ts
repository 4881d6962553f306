import { describe, expect, it } from 'vitest';
import { allLedger, windowRows } from '../../src/db/repos/ledger.js';
import { addDays } from '../../src/domain/dates.js';
import { GiveLog } from '../../src/domain/give-log.js';
import { testEnv } from '../helpers/db.js';
import { expectGivesOf } from '../helpers/gives.js';
import { prng, randomNetwork } from '../helpers/random-network.js';

describe('GiveLog: the gives of a window without an object each', () => {
  it('answers what the gives say, made from entries or read from the db, on random networks', () => {
    for (const seed of [2, 9, 30]) {
      const { db, deps } = testEnv();
      randomNetwork(db, seed, deps.today, 40);
      const since = addDays(deps.today, -500);
      const entries = allLedger(db, since);
      const r = prng(seed);
      const rowDays = entries.map((e) => e.date);
      // Random days, days rows fall on (the ends are inclusive), and days before and after them all.
      const days = [
        ...Array.from({ length: 6 }, () => addDays(deps.today, -Math.floor(r() * 600))),
        ...Array.from({ length: 6 }, () => rowDays[Math.floor(r() * rowDays.length)]!),
        '1999-01-01',
        '9999-12-31',
      ];
      const ids = (db.prepare('SELECT id FROM people').pluck().all() as number[]).concat([99_999]);
      expectGivesOf(GiveLog.of(entries), entries, ids, days);
      const read = windowRows(db, since);
      expectGivesOf(read.gives, entries, ids, days);
      // The takes come as entries, in (date, id) order, with their text.
      expect(read.takes).toEqual(entries.filter((e) => e.direction === 'take'));
    }
  });

  it('answers the same for ids too sparse or negative to index by (a backup may hold any id)', () => {
    const r = prng(77);
    const kinds = ['help', 'thanks', 'info'] as const;
    for (const idsOf of [
      (i: number) => 1 + (i % 7),
      (i: number) => [5_000_000_000, 3, -2, 0, 123_456_789][i % 5]!,
      (i: number) => (i % 5) - 2,
    ]) {
      const entries = Array.from({ length: 200 }, (_, i) => ({
        id: i + 1,
        personId: idsOf(Math.floor(r() * 40)),
        direction: 'give' as const,
        kind: kinds[i % 3]!,
        what: '',
        date: addDays('2026-01-01', Math.floor(i / 3)),
        eventId: null,
        offered: false,
      }));
      const ids = [...new Set(entries.map((e) => e.personId)), 42, -7];
      const days = ['2025-12-31', '2026-01-10', '2026-01-30', '2026-03-01', entries[77]!.date];
      expectGivesOf(GiveLog.of(entries), entries, ids, days);
    }
  });

  it('counts a hand-made log: runs of one day, people apart, kinds on and after a day', () => {
    const g = (personId: number, date: string, kind: 'help' | 'thanks' = 'help') =>
      ({ id: 0, personId, direction: 'give', kind, what: '', date, eventId: null, offered: false }) as const;
    const log = GiveLog.of([
      g(1, '2026-01-01'),
      g(2, '2026-01-01', 'thanks'),
      g(1, '2026-01-05', 'thanks'),
      g(1, '2026-01-05'),
      g(2, '2026-02-01'),
    ]);
    expect(log.countIn('2026-01-01', '2026-01-01')).toBe(2);
    expect(log.countIn('2026-01-02', '2026-01-31')).toBe(2);
    expect(log.countIn('2026-02-02', null)).toBe(0);
    expect(log.countFor(1, null, null)).toBe(3);
    expect(log.countFor(2, '2026-01-02', null)).toBe(1);
    expect(log.nextAfter(1, '2026-01-01')).toBe('2026-01-05');
    expect(log.nextAfter(1, '2026-01-05')).toBeUndefined();
    expect(log.kindSince(2, 'thanks', '2026-01-02')).toBe(false);
    expect(log.kindSince(1, 'thanks', '2026-01-05')).toBe(true);
    expect(log.countFor(3, null, null)).toBe(0);
  });
});
