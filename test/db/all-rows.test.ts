/** Every give, take and touch, read a span of days at a time, in the order one plain query gives. */
import { describe, expect, it } from 'vitest';
import { allLedger, allTouches, insertLedger, insertTouch, spans } from '../../src/db/repos/ledger.js';
import { insertPerson, newPerson } from '../../src/db/repos/people.js';
import type { Db } from '../../src/db/open.js';
import { addDays } from '../../src/domain/dates.js';
import { testEnv } from '../helpers/db.js';

const AT = '2026-01-01T00:00:00Z';

/** The rows as one SELECT * ORDER BY date, id reads them, mapped as the repos map them. */
function plainLedger(db: Db, where = '') {
  return (
    db.prepare(`SELECT * FROM ledger ${where} ORDER BY date, id`).all() as {
      id: number;
      person_id: number;
      direction: 'give' | 'take';
      kind: string;
      what: string;
      date: string;
      event_id: number | null;
      offered: number;
    }[]
  ).map((r) => ({
    id: r.id,
    personId: r.person_id,
    direction: r.direction,
    kind: r.kind,
    what: r.what,
    date: r.date,
    eventId: r.event_id,
    offered: r.offered === 1,
  }));
}

/** Two people, rows over three years written out of date order, several on one day. */
function network() {
  const { db } = testEnv();
  const a = insertPerson(db, newPerson('Aiko'), AT);
  const b = insertPerson(db, newPerson('Ben'), AT);
  let seed = 11;
  const next = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
  for (let i = 0; i < 400; i++) {
    const date = addDays('2023-06-01', Math.floor(next() * 1100));
    insertLedger(
      db,
      {
        personId: next() < 0.5 ? a : b,
        direction: next() < 0.6 ? 'give' : 'take',
        kind: next() < 0.5 ? 'help' : 'advice',
        what: `row ${i} “${date}”`,
        date,
        eventId: null,
        offered: next() < 0.1,
      },
      AT,
    );
    if (i % 50 === 0)
      for (let k = 0; k < 3; k++)
        insertLedger(
          db,
          { personId: a, direction: 'give', kind: 'help', what: `same day ${k}`, date, eventId: null },
          AT,
        );
    insertTouch(
      db,
      { personId: b, date, note: i % 3 ? null : `note ${i}`, inbound: i % 4 === 0, kind: null },
      AT,
    );
  }
  return { db, a, b };
}

describe('allLedger and allTouches', () => {
  it('read every row by date then id, across many spans of days', () => {
    const { db } = network();
    const rows = allLedger(db);
    expect(rows).toHaveLength(400 + 8 * 3);
    expect(rows).toEqual(plainLedger(db));
    const touches = db.prepare('SELECT * FROM touches ORDER BY date, id').all() as {
      id: number;
      person_id: number;
      date: string;
      note: string | null;
      inbound: number;
      kind: string | null;
    }[];
    expect(allTouches(db)).toEqual(
      touches.map((t) => ({
        id: t.id,
        personId: t.person_id,
        date: t.date,
        note: t.note,
        inbound: t.inbound === 1,
        kind: t.kind,
      })),
    );
  });

  it('read those from a day on, or of some people, the same way', () => {
    const { db, a } = network();
    expect(allLedger(db, '2025-02-10')).toEqual(plainLedger(db, "WHERE date >= '2025-02-10'"));
    expect(allLedger(db, undefined, [a])).toEqual(plainLedger(db, `WHERE person_id = ${a}`));
    expect(allLedger(db, '2024-12-31', [a])).toEqual(
      plainLedger(db, `WHERE person_id = ${a} AND date >= '2024-12-31'`),
    );
  });

  it('read a ledger whose earliest date is not written as a day in one query, in the same order', () => {
    const { db, a } = network();
    db.prepare(
      "INSERT INTO ledger (person_id, direction, kind, what, date, created_at) VALUES (?, 'give', 'help', 'odd', '1999-1-1', ?)",
    ).run(a, AT);
    expect(allLedger(db)).toEqual(plainLedger(db));
    const { db: empty } = testEnv();
    expect(allLedger(empty)).toEqual([]);
    expect(allTouches(empty)).toEqual([]);
  });

  it('step over days with no rows: one row dated 9999-12-31 adds one span, not thousands', () => {
    const { db, a } = network();
    const before = spans(db, '2023-06-01').length;
    for (const date of ['9999-12-31', '5000-01-01'])
      db.prepare(
        "INSERT INTO ledger (person_id, direction, kind, what, date, created_at) VALUES (?, 'give', 'help', 'far', ?, ?)",
      ).run(a, date, AT);
    expect(spans(db, '2023-06-01').length).toBeLessThanOrEqual(before + 2);
    expect(allLedger(db)).toEqual(plainLedger(db));
    expect(allLedger(db, '2024-01-01')).toEqual(plainLedger(db, "WHERE date >= '2024-01-01'"));
  });

  it('read the notes a note at a time when there are too many characters for one text', () => {
    const { db } = network();
    expect(allTouches(db, 10)).toEqual(allTouches(db));
  });
});
