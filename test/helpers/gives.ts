/** What a GiveLog answers, checked against the gives themselves, by brute force. */
import { expect } from 'vitest';
import type { Day } from '../../src/domain/dates.js';
import type { GiveLog } from '../../src/domain/give-log.js';
import type { LedgerEntry } from '../../src/domain/types.js';

/**
 * Every question a GiveLog answers, for every person among `ids` and every pair of `days` (and open
 * ends), equals the answer read off `entries` (its gives; takes are skipped).
 */
export function expectGivesOf(
  log: GiveLog,
  entries: readonly LedgerEntry[],
  ids: number[],
  days: Day[],
): void {
  const gives = entries.filter((e) => e.direction === 'give');
  const within = (d: Day, from: Day | null, to: Day | null) =>
    (from === null || d >= from) && (to === null || d <= to);
  expect(log.size).toBe(gives.length);
  const kinds = [...new Set(gives.map((g) => g.kind))];
  for (const from of [null, ...days])
    for (const to of [null, ...days])
      expect(log.countIn(from, to), `${from}..${to}`).toBe(
        gives.filter((g) => within(g.date, from, to)).length,
      );
  for (const id of ids) {
    const mine = gives.filter((g) => g.personId === id);
    for (const from of [null, ...days])
      for (const to of [null, ...days])
        expect(log.countFor(id, from, to), `#${id} ${from}..${to}`).toBe(
          mine.filter((g) => within(g.date, from, to)).length,
        );
    for (const day of days) {
      expect(log.nextAfter(id, day), `#${id} after ${day}`).toBe(mine.find((g) => g.date > day)?.date);
      expect(log.countAfter(id, day), `#${id} count after ${day}`).toBe(
        mine.filter((g) => g.date > day).length,
      );
      expect(log.lastUpTo(id, day), `#${id} up to ${day}`).toBe(mine.findLast((g) => g.date <= day)?.date);
      for (const kind of kinds)
        expect(log.kindSince(id, kind, day), `#${id} ${kind} since ${day}`).toBe(
          mine.some((g) => g.kind === kind && g.date >= day),
        );
    }
  }
}
