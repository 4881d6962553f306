import { describe, expect, it } from 'vitest';
import { demoData, loadDemo } from '../../src/commands/demo.js';
import { review } from '../../src/commands/review.js';
import { loadAggregates } from '../../src/db/repos/aggregates.js';
import { allEvents } from '../../src/db/repos/events.js';
import { allLedger, allTouches, inboundDays, windowRows } from '../../src/db/repos/ledger.js';
import { randomNetwork } from '../helpers/random-network.js';
import { expectGivesOf } from '../helpers/gives.js';
import { loadSnapshot } from '../../src/db/snapshot.js';
import { aggregate } from '../../src/domain/aggregate.js';
import { Network } from '../../src/domain/network.js';
import { runOnNetwork } from '../../src/rules/engine.js';
import { churnedDemo } from '../helpers/churned.js';
import { testEnv } from '../helpers/db.js';

describe('per-person aggregates', () => {
  it('SQL and TypeScript agree on the demo network', () => {
    const { db, deps } = testEnv();
    loadDemo(db, demoData(), deps.today, 'en', deps.now.toISOString());
    const sql = loadAggregates(db);
    const ts = aggregate(allLedger(db), allTouches(db), allEvents(db));
    expect(sql.size).toBeGreaterThan(20);
    expect(Object.fromEntries(sql)).toEqual(Object.fromEntries(ts));
    expect(Object.fromEntries(loadAggregates(db, [1, 2]))).toEqual({ 1: ts.get(1), 2: ts.get(2) });
    // For the coach: the same facts without the latest take.
    const lean = loadAggregates(db, undefined, { lastTake: false });
    expect([...lean.values()].some((a) => 'lastTake' in a)).toBe(false);
    const without = [...ts].map(([id, a]) => [id, { ...a, lastTake: undefined }] as const);
    expect(Object.fromEntries(lean)).toEqual(Object.fromEntries(without));
  });

  it('the days of inbound touches are those of the touch rows, from a day on, of some people', () => {
    for (const seed of [4, 8]) {
      const { db, deps } = testEnv();
      randomNetwork(db, seed, deps.today, 40);
      const touches = allTouches(db).filter((t) => t.inbound);
      expect(touches.length).toBeGreaterThan(10);
      for (const since of [undefined, '2025-06-01', '9999-01-01']) {
        const from = touches.filter((t) => since === undefined || t.date >= since);
        expect(inboundDays(db, since)).toEqual(from.map((t) => t.date));
        expect(inboundDays(db, since, [3, 1])).toEqual(
          from.filter((t) => t.personId === 1 || t.personId === 3).map((t) => t.date),
        );
      }
    }
  });

  it('the triggers keep them right through edits, merges, removals and imports', async () => {
    const { db } = await churnedDemo();
    const ts = aggregate(allLedger(db), allTouches(db), allEvents(db));
    expect(Object.fromEntries(loadAggregates(db))).toEqual(Object.fromEntries(ts));
  });

  it('a review over a recent window finds exactly what one over all history finds', async () => {
    const { db, deps } = testEnv();
    loadDemo(db, demoData(), deps.today, 'en', deps.now.toISOString());
    const windowed = (await review({}, deps)).findings.map((f) => f.message);
    const all = runOnNetwork(new Network(loadSnapshot(db), deps.today), {}, { mode: 'review' });
    expect(windowed.length).toBeGreaterThan(10);
    expect(windowed.length).toBeLessThanOrEqual(all.length);
    expect(new Set(all.map((f) => f.rule))).toEqual(
      new Set((await review({}, deps)).findings.map((f) => f.rule)),
    );
  });

  it('the window of gives and takes is every row from its first day, by date then id', () => {
    const { db, deps } = testEnv();
    loadDemo(db, demoData(), deps.today, 'en', deps.now.toISOString());
    // Several rows on one day, written out of id order against person and kind.
    const day = '2026-01-15';
    for (const [person, direction, kind] of [
      [3, 'take', 'info'],
      [1, 'give', 'help'],
      [2, 'give', 'advice'],
      [1, 'take', 'advice'],
      [2, 'give', 'help'],
    ] as const)
      db.prepare(
        "INSERT INTO ledger (person_id, direction, kind, what, date, offered, created_at) VALUES (?, ?, ?, 'x', ?, 0, '2026-01-15T00:00:00Z')",
      ).run(person, direction, kind, day);
    // And a busy day: more rows than insertion sort is used for.
    for (let i = 0; i < 80; i++)
      db.prepare(
        "INSERT INTO ledger (person_id, direction, kind, what, date, offered, created_at) VALUES (?, ?, 'help', 'y', '2026-01-20', 0, '2026-01-20T00:00:00Z')",
      ).run(1 + ((i * 7) % 5), i % 3 === 0 ? 'take' : 'give');
    // And the last days a calendar has (a backup may hold any valid day): read in spans, still all.
    for (const last of ['9999-11-15', '9999-12-31'])
      db.prepare(
        "INSERT INTO ledger (person_id, direction, kind, what, date, offered, created_at) VALUES (1, 'give', 'help', 'z', ?, 0, '2026-01-20T00:00:00Z')",
      ).run(last);
    for (const since of ['2000-01-01', '2025-12-01', day, '9999-10-01']) {
      const all = allLedger(db, since);
      expect(all.length).toBeGreaterThan(since.startsWith('9999') ? 1 : 4);
      const days = [...new Set(all.map((e) => e.date))];
      const read = windowRows(db, since);
      expect(read.takes).toEqual(all.filter((e) => e.direction === 'take'));
      expectGivesOf(read.gives, all, [1, 2, 3, 4, 5], days);
      const some = all.filter((e) => e.personId === 1 || e.personId === 2);
      const two = windowRows(db, since, [2, 1]);
      expect(two.takes).toEqual(some.filter((e) => e.direction === 'take'));
      expectGivesOf(two.gives, some, [1, 2, 3], days);
    }
  });
});
