import { describe, expect, it } from 'vitest';
import { loadHistory } from '../../src/db/history.js';
import { metricsThen } from '../../src/db/metrics-at.js';
import type { Db } from '../../src/db/open.js';
import { loadSnapshot } from '../../src/db/snapshot.js';
import { aggregate, emptyAgg } from '../../src/domain/aggregate.js';
import { addDays, type Day } from '../../src/domain/dates.js';
import { DEEP_RECENT_DAYS, isDeepAgg, Network } from '../../src/domain/network.js';
import { metricsAt } from '../../src/domain/trends.js';
import { metricWindows } from '../../src/coach/index.js';
import { DEFAULT_CONFIG } from '../../src/config/config.js';
import { testEnv } from '../helpers/db.js';
import { prng, randomNetwork } from '../helpers/random-network.js';

const NOW = '2026-11-22';
const W = metricWindows(DEFAULT_CONFIG.rules);
/** The days the metrics are taken on. */
const DAYS = [NOW, '2026-08-24', '2026-02-28', '2025-12-31', '2025-03-01', '2024-06-01', '2020-01-01'];

/**
 * What the random network leaves out, so every branch of the metrics is reached: rhythms of every
 * kind and some that do not parse, snoozes, people who reached out or were reached, rooms of every
 * purpose and paid clubs, costs and hours with fractions, and rows dated before the day one met.
 */
function vary(db: Db, seed: number): void {
  const r = prng(seed * 31 + 5);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)]!;
  const people = db.prepare('SELECT id FROM people').pluck().all() as number[];
  for (const id of people) {
    if (r() < 0.3)
      db.prepare('UPDATE people SET cadence = ? WHERE id = ?').run(
        pick(['2w', '1m', '3m', '10d', '1y', 'soon']),
        id,
      );
    if (r() < 0.1)
      db.prepare('UPDATE people SET snoozed_until = ? WHERE id = ?').run(
        addDays(NOW, -Math.floor(r() * 400)),
        id,
      );
    if (r() < 0.2)
      db.prepare('UPDATE people SET origin = ? WHERE id = ?').run(
        pick(['reached-out', 'inbound', 'event', 'intro']),
        id,
      );
    // Names the collator holds equal (a zero-width space), and the same name twice: the order given.
    if (r() < 0.1)
      db.prepare('UPDATE people SET name = ? WHERE id = ?').run(pick(['Same Name', 'Same\u200bName']), id);
  }
  // Facts on the very days the metrics are taken, and on the edge of the last half year.
  for (const day of DAYS)
    for (const edge of [day, addDays(day, -180)]) {
      const id = pick(people);
      db.prepare('UPDATE people SET met_on = ? WHERE id = ?').run(edge, pick(people));
      db.prepare('INSERT INTO touches (person_id, date, inbound, created_at) VALUES (?, ?, ?, ?)').run(
        id,
        edge,
        r() < 0.5 ? 1 : 0,
        NOW,
      );
      db.prepare(
        "INSERT INTO ledger (person_id, direction, kind, what, date, created_at) VALUES (?, ?, 'help', 'x', ?, ?)",
      ).run(pick(people), pick(['give', 'take']), edge, NOW);
      // An evening out on that day with someone seen again since (their latest then may be it).
      const event = db
        .prepare("INSERT INTO events (name, kind, date, created_at) VALUES ('Dinner', 'party', ?, ?)")
        .run(edge, NOW).lastInsertRowid;
      const guest = pick(people);
      db.prepare('INSERT OR IGNORE INTO event_people (event_id, person_id) VALUES (?, ?)').run(event, guest);
      db.prepare('INSERT INTO touches (person_id, date, inbound, created_at) VALUES (?, ?, 0, ?)').run(
        guest,
        addDays(edge, 3),
        NOW,
      );
    }
  const events = db.prepare('SELECT id, date FROM events').raw().all() as [number, Day][];
  // People met at a room and never seen again: not followed up.
  for (let i = 0; i < 30; i++) {
    const [event, date] = pick(events);
    const id = Number(
      db
        .prepare("INSERT INTO people (name, origin, met_on, created_at) VALUES (?, 'event', ?, ?)")
        .run(`Card ${i}`, date, NOW).lastInsertRowid,
    );
    db.prepare('INSERT OR IGNORE INTO event_people (event_id, person_id) VALUES (?, ?)').run(event, id);
  }
  for (const [id] of events)
    db.prepare('UPDATE events SET kind = ?, purpose = ?, cost = ?, hours = ? WHERE id = ?').run(
      pick(['mixer', 'party', 'paid-club', 'study-group', 'mlm']),
      pick([null, 'networking', 'industry-insight', 'meet-person']),
      Math.floor(r() * 5000) / 10,
      Math.floor(r() * 9) / 4,
      id,
    );
}

/**
 * The metrics as of `day` as the review works them out: from its network, whose window starts `lead`
 * days before that day (0: the day itself, so every earlier row is looked up in the db).
 */
function pastOf(db: Db, day: Day, lead = 0) {
  return metricsThen(db, new Network(loadSnapshot(db, { since: addDays(day, -lead) }), NOW), day, W);
}

/** Every person's all-time facts from the rows up to `day`, in TypeScript (domain/aggregate.ts). */
function deepFromRows(db: Db, day: Day): number[] {
  const h = loadHistory(db);
  const agg = aggregate(
    h.ledger.filter((e) => e.date <= day),
    h.touches.filter((t) => t.date <= day),
    h.events.filter((e) => e.date <= day),
  );
  const recent = addDays(day, -DEEP_RECENT_DAYS);
  return h.people
    .filter((p) => isDeepAgg(agg.get(p.id) ?? emptyAgg(), recent))
    .map((p) => p.id)
    .sort((a, b) => a - b);
}

describe("metrics as of a past day, from the review's network", () => {
  it('equal metricsAt over the rows up to that day, on random networks and many days', () => {
    for (const seed of [1, 2, 3, 4]) {
      const { db } = testEnv({ now: NOW });
      randomNetwork(db, seed, NOW, 60);
      vary(db, seed);
      const h = loadHistory(db);
      for (const day of DAYS)
        for (const lead of [0, 1, 200, 500]) {
          const past = pastOf(db, day, lead);
          const at = `seed ${seed}, ${day}, window from ${lead} days before`;
          expect(past.metrics, at).toEqual(metricsAt(h, day, W));
          expect(
            [...past.deep].sort((a, b) => a - b),
            at,
          ).toEqual(deepFromRows(db, day));
        }
    }
  });

  it('counts what a hand-made day says: a deep tie then, one gone quiet since, the mixer followed up', () => {
    const { db } = testEnv({ now: NOW });
    const person = (name: string, met: Day | null, extra = '') =>
      Number(
        db
          .prepare(
            `INSERT INTO people (name, origin, met_on, created_at${extra ? ', cadence' : ''}) VALUES (?, 'event', ?, ?${extra ? ', ?' : ''})`,
          )
          .run(...[name, met, NOW, ...(extra ? [extra] : [])]).lastInsertRowid,
      );
    const ledger = (id: number, direction: string, date: Day) =>
      db
        .prepare(
          "INSERT INTO ledger (person_id, direction, kind, what, date, created_at) VALUES (?, ?, 'help', 'x', ?, ?)",
        )
        .run(id, direction, date, NOW);
    const aiko = person('Aiko', '2025-01-01', '2w');
    for (const d of ['2025-02-01', '2025-03-01']) ledger(aiko, 'give', d);
    ledger(aiko, 'take', '2025-05-01');
    // Her third give is on the day itself: counted (the end of that day).
    ledger(aiko, 'give', '2025-06-01');
    // A mixer: Card A touched again after it, Card B never.
    const mixer = Number(
      db
        .prepare(
          "INSERT INTO events (name, kind, date, cost, hours, created_at) VALUES ('Mixer', 'mixer', '2025-04-10', 3000.5, 2.5, ?)",
        )
        .run(NOW).lastInsertRowid,
    );
    const cardA = person('Card A', '2025-04-10');
    const cardB = person('Card B', '2025-04-10');
    for (const id of [cardA, cardB])
      db.prepare('INSERT INTO event_people (event_id, person_id) VALUES (?, ?)').run(mixer, id);
    db.prepare("INSERT INTO touches (person_id, date, created_at) VALUES (?, '2025-05-20', ?)").run(
      cardA,
      NOW,
    );
    const ken = person('Ken', '2026-10-01');
    ledger(ken, 'give', '2026-10-02');
    // Ben: three gives and a take, the last on the first day of the half year before: still deep.
    const ben = person('Ben', '2024-01-01');
    for (const d of ['2024-02-01', '2024-03-01', '2024-12-03']) ledger(ben, 'give', d);
    ledger(ben, 'take', '2024-04-01');
    const day = '2025-06-01';
    const past = pastOf(db, day);
    // Aiko: three gives and a take by then, last in touch a month before: deep. Ken was not met yet.
    expect(past.metrics.people).toBe(4);
    expect(past.metrics.deepTies).toBe(2);
    expect([...past.deep].sort()).toEqual([aiko, ben].sort());
    // A day later, 2024-12-03 is a day too old: Ben is no longer a deep tie.
    expect([...pastOf(db, '2025-06-02').deep]).toEqual([aiko]);
    // Aiko's three gives and Ben's last one fall in the year; Ben's take does not.
    expect(past.metrics.givesToTakes).toEqual([4, 1]);
    expect(past.metrics.lowYieldEvents).toEqual({
      count: 1,
      cost: 3000.5,
      hours: 2.5,
      met: 2,
      followedUp: 1,
    });
    // Card B: met at the mixer, nothing since.
    expect(past.metrics.shallowContacts).toBe(1);
    // Her rhythm of two weeks runs again from her give of 1 June: not due.
    expect(past.metrics.overdue).toEqual([]);
    // The day before, it ran from her take of 1 May: due on 15 May, 16 days over.
    expect(pastOf(db, '2025-05-31', 30).metrics.overdue).toEqual([{ id: aiko, name: 'Aiko', daysOver: 16 }]);
    // A window that starts after the day has lost rows it would take back out: refused.
    const late = new Network(loadSnapshot(db, { since: '2025-06-02' }), NOW);
    expect(() => metricsThen(db, late, day, W)).toThrow(/starts after 2025-06-01/);
  });

  it('lists people due in order of days over, then name, then as the people are read (name, id)', () => {
    const { db } = testEnv({ now: NOW });
    // Two names the collator holds equal, added in the reverse of the order people are read in.
    const ids = ['Ab\u200b', 'Ab', 'ab'].map((name) =>
      Number(
        db
          .prepare(
            "INSERT INTO people (name, origin, met_on, cadence, created_at) VALUES (?, 'other', '2026-01-01', '1m', ?)",
          )
          .run(name, NOW).lastInsertRowid,
      ),
    );
    const day = '2026-08-24';
    const due = pastOf(db, day).metrics.overdue;
    expect(due).toEqual(metricsAt(loadHistory(db), day, W).overdue);
    expect(due.map((d) => d.id)).toEqual([ids[2], ids[1], ids[0]]);
  });
});
