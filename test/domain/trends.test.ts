import { describe, expect, it } from 'vitest';
import { add } from '../../src/commands/add.js';
import { event } from '../../src/commands/event.js';
import { intro } from '../../src/commands/intro.js';
import { give, take } from '../../src/commands/ledger.js';
import { review } from '../../src/commands/review.js';
import { touch } from '../../src/commands/touch.js';
import { loadHistory } from '../../src/db/history.js';
import type { Db } from '../../src/db/open.js';
import { aggregate } from '../../src/domain/aggregate.js';
import { addDays, type Day } from '../../src/domain/dates.js';
import { metricsAt, metricsSeries } from '../../src/domain/trends.js';
import { metricWindows } from '../../src/coach/index.js';
import { DEFAULT_CONFIG } from '../../src/config/config.js';
import { testEnv } from '../helpers/db.js';

const W = metricWindows(DEFAULT_CONFIG.rules);
import { randomNetwork } from '../helpers/random-network.js';

const NOW = '2026-11-22';
const THEN = '2026-08-24'; // 90 days before NOW

/**
 * The metrics the review header shows, as of `day`, computed from scratch with plain SQL and
 * nothing from src/domain: the definitions of RULES.md, written again.
 */
function fromScratch(db: Db, day: Day) {
  const people = (
    db.prepare('SELECT id, met_on AS met, target, origin FROM people').all() as {
      id: number;
      met: Day | null;
      target: number;
      origin: string;
    }[]
  ).filter((p) => p.met === null || p.met <= day);
  const here = new Set(people.map((p) => p.id));
  const ledger = (
    db.prepare('SELECT person_id AS id, direction, kind, date FROM ledger WHERE date <= ?').all(day) as {
      id: number;
      direction: string;
      kind: string;
      date: Day;
    }[]
  ).filter((e) => here.has(e.id));
  const contacts = new Map<number, Day[]>();
  const note = (id: number, d: Day) => contacts.set(id, [...(contacts.get(id) ?? []), d]);
  for (const e of ledger) note(e.id, e.date);
  for (const t of db.prepare('SELECT person_id AS id, date FROM touches WHERE date <= ?').all(day) as {
    id: number;
    date: Day;
  }[])
    note(t.id, t.date);
  for (const m of db
    .prepare(
      'SELECT ep.person_id AS id, e.date FROM event_people ep JOIN events e ON e.id = ep.event_id WHERE e.date <= ?',
    )
    .all(day) as { id: number; date: Day }[])
    note(m.id, m.date);
  const yearAgo = addDays(day, -365);
  const halfYear = addDays(day, -180);
  const count = (id: number, dir: string) => ledger.filter((e) => e.id === id && e.direction === dir).length;
  return {
    givesToTakes: [
      ledger.filter((e) => e.direction === 'give' && e.date >= yearAgo).length,
      // A sale is not a take the ratio weighs (slash-and-burn's alone).
      ledger.filter((e) => e.direction === 'take' && e.kind !== 'sale' && e.date >= yearAgo).length,
    ],
    deepTies: people.filter(
      (p) =>
        !(p.target && p.met === null) &&
        count(p.id, 'give') >= 3 &&
        count(p.id, 'take') >= 1 &&
        (contacts.get(p.id) ?? []).some((d) => d >= halfYear),
    ).length,
    // Met before that day, never followed up; a school or work friend with nothing logged is not counted.
    shallowContacts: people.filter(
      (p) =>
        p.met !== null &&
        !p.target &&
        p.met < day &&
        !(['school', 'work'].includes(p.origin) && (contacts.get(p.id) ?? []).length === 0) &&
        !(contacts.get(p.id) ?? []).some((d) => d > p.met!),
    ).length,
    people: people.length,
  };
}

const headline = (m: {
  givesToTakes: number[];
  deepTies: number;
  shallowContacts: number;
  people: number;
}) => ({
  givesToTakes: m.givesToTakes,
  deepTies: m.deepTies,
  shallowContacts: m.shallowContacts,
  people: m.people,
});

async function scenario() {
  const env = testEnv({ now: NOW });
  const d = env.deps;
  await add({ name: 'Aiko Tanaka', origin: 'study-group', date: '2024-01-10' }, d);
  for (const date of ['2025-01-05', '2025-06-01', '2026-03-01'])
    await give({ person: 'Aiko', what: 'notes', date }, d);
  await take({ person: 'Aiko', what: 'advice', kind: 'advice', date: '2026-04-10' }, d);
  await touch({ person: 'Aiko', note: 'coffee', date: '2026-10-01' }, d);
  await add({ name: 'Yui Mori', origin: 'work', date: '2023-05-01' }, d);
  for (const date of ['2026-05-01', '2026-06-01']) await give({ person: 'Yui', what: 'help', date }, d);
  await take({ person: 'Yui', what: 'a referral', kind: 'referral', date: '2026-06-15' }, d);
  await give({ person: 'Yui', what: 'thanks', kind: 'thanks', date: '2026-10-10' }, d);
  await event({ name: 'Mixer', kind: 'mixer', date: '2026-07-01', met: ['Card A', 'Card B'] }, d);
  await touch({ person: 'Card A', date: '2026-10-01' }, d);
  await event({ name: 'Party', kind: 'party', date: '2026-10-20', met: ['Card C'] }, d);
  await add({ name: 'Old Friend', origin: 'school', date: '2020-04-01' }, d);
  await touch({ person: 'Old Friend', date: '2025-01-01' }, d);
  await intro({ introducer: 'Yui Mori', person: 'Yumi Ono', date: '2026-09-10' }, d);
  await add({ name: 'Famous Author', target: true }, d);
  return env;
}

describe('trends: the metrics as of 90 days ago, from the ledger', () => {
  it('review --json carries metrics.previous, the same shape as metrics, with the numbers of that day', async () => {
    const { db, deps } = await scenario();
    const r = await review({}, deps);
    const { previous, ...now } = r.metrics;
    expect(Object.keys(previous).sort()).toEqual(Object.keys(now).sort());
    // Counted by hand: Yui became a deep tie; Card A was followed up, Card C and Yumi Ono are new.
    expect(headline(now)).toEqual({ givesToTakes: [4, 2], deepTies: 2, shallowContacts: 3, people: 8 });
    expect(headline(previous)).toEqual({ givesToTakes: [3, 2], deepTies: 1, shallowContacts: 2, people: 6 });
    expect(headline(previous)).toEqual(fromScratch(db, THEN));
    expect(headline(now)).toEqual(fromScratch(db, NOW));
  });

  it('metricsAt agrees with a from-scratch computation on every month of three years of a random network', () => {
    const { db } = testEnv({ now: NOW });
    randomNetwork(db, 7, NOW, 60);
    const h = loadHistory(db);
    for (let back = 0; back <= 36; back++) {
      const day = addDays(NOW, -back * 30);
      expect(headline(metricsAt(h, day, W)), day).toEqual(fromScratch(db, day));
    }
  });

  it('metricsSeries gives exactly what metricsAt gives, day by day, in any order', () => {
    const { db } = testEnv({ now: NOW });
    randomNetwork(db, 11, NOW, 60);
    const h = loadHistory(db);
    const days = [
      NOW,
      '2024-03-01',
      THEN,
      '2025-02-28',
      '2019-01-01',
      '2026-11-01',
      THEN,
      '2024-02-29',
      '2026-08-31',
    ];
    expect(metricsSeries(h, days, W)).toEqual(days.map((d) => metricsAt(h, d, W)));
  });

  it('metricsAt with the aggregates given (as metricsSeries gives them) equals computing them', () => {
    for (const seed of [1, 2, 3]) {
      const { db } = testEnv({ now: NOW });
      randomNetwork(db, seed, NOW, 50);
      const h = loadHistory(db);
      for (const day of [NOW, THEN, '2025-12-31', '2024-06-01', '2020-01-01']) {
        const rows = aggregate(
          h.ledger.filter((e) => e.date <= day),
          h.touches.filter((t) => t.date <= day),
          h.events.filter((e) => e.date <= day),
        );
        expect(metricsAt(h, day, W, rows), `${seed} ${day}`).toEqual(metricsAt(h, day, W));
      }
    }
  });
});
