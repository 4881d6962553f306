/** Counting a person's gives by binary search gives what filtering their rows would. */
import { describe, expect, it } from 'vitest';
import { loadSnapshot } from '../../src/db/snapshot.js';
import { addDays } from '../../src/domain/dates.js';
import { Network } from '../../src/domain/network.js';
import { prng, randomNetwork } from '../helpers/random-network.js';
import { testEnv } from '../helpers/db.js';

describe('Network.giveCount', () => {
  it('equals the filtered count for every person, over open and closed ranges, on random networks', () => {
    for (const seed of [3, 17, 41]) {
      const { db, deps } = testEnv();
      randomNetwork(db, seed, deps.today, 60);
      const net = new Network(loadSnapshot(db, { since: addDays(deps.today, -400) }), deps.today);
      const r = prng(seed);
      const day = () => addDays(deps.today, -Math.floor(r() * 500));
      let nonZero = 0;
      const rows = loadSnapshot(db, {}).ledger.filter((e) => e.date >= addDays(deps.today, -400));
      for (const p of net.people) {
        const gives = rows.filter((e) => e.direction === 'give' && e.personId === p.id);
        // The days of their own gives too: the ends are inclusive.
        const days = [day(), day(), ...gives.slice(0, 3).map((g) => g.date)];
        for (const from of [null, ...days])
          for (const to of [null, ...days]) {
            const want = gives.filter(
              (g) => (from === null || g.date >= from) && (to === null || g.date <= to),
            );
            expect(net.giveCount(p.id, from, to), `${p.name} ${from}..${to}`).toBe(want.length);
            if (want.length > 0) nonZero++;
          }
      }
      expect(nonZero).toBeGreaterThan(50);
    }
  });

  it("everyone's gives and takes in a range, and the takes of a range, equal filtering every row", () => {
    for (const seed of [5, 23]) {
      const { db, deps } = testEnv();
      randomNetwork(db, seed, deps.today, 60);
      const net = new Network(loadSnapshot(db, { since: addDays(deps.today, -400) }), deps.today);
      const r = prng(seed);
      // Every row of the window, gives too (the network holds its gives without an object each).
      const rows = loadSnapshot(db, {}).ledger.filter((e) => e.date >= addDays(deps.today, -400));
      // Random days, and days rows fall on (the ends are inclusive).
      const days = [
        ...Array.from({ length: 12 }, () => addDays(deps.today, -Math.floor(r() * 500))),
        ...Array.from({ length: 12 }, () => rows[Math.floor(r() * rows.length)]!.date),
      ];
      for (const from of [null, ...days])
        for (const to of [null, ...days]) {
          const within = (d: string) => (from === null || d >= from) && (to === null || d <= to);
          const gives = rows.filter((e) => e.direction === 'give' && within(e.date));
          const takes = rows.filter((e) => e.direction === 'take' && within(e.date));
          expect(net.givesIn(from, to), `${from}..${to}`).toBe(gives.length);
          expect(net.takesIn(from, to), `${from}..${to}`).toBe(takes.length);
          if (from !== null && to !== null) expect(net.takesWithin(from, to)).toEqual(takes);
        }
    }
  });
});
