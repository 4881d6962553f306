/** A rhythm that would fall due after the last calendar day there is: never due, never a crash. */
import { describe, expect, it } from 'vitest';
import { coach } from '../../src/coach/index.js';
import { nextDue } from '../../src/domain/cadence.js';
import { testEnv } from '../helpers/db.js';

describe('a last touch at the end of the calendar', () => {
  it('leaves nobody due, where the next due day would be after 9999-12-31', () => {
    const p = { every: '2w', circle: null, met: '2020-01-01', snoozedUntil: null };
    expect(nextDue(p, '9999-12-31')).toBeNull();
    expect(nextDue({ ...p, every: '1y' }, '9999-06-01')).toBeNull();
    // Still due in time when it falls within the calendar.
    expect(nextDue(p, '9999-12-01')).toBe('9999-12-15');
  });

  it('reviews a network with such a touch: the person is not listed as overdue', () => {
    const now = '2026-11-22';
    const { db, deps } = testEnv({ now });
    const id = Number(
      db
        .prepare(
          "INSERT INTO people (name, origin, met_on, cadence, created_at) VALUES ('Ken', 'work', '2020-01-01', '2w', ?)",
        )
        .run(now).lastInsertRowid,
    );
    db.prepare(
      "INSERT INTO touches (person_id, date, inbound, created_at) VALUES (?, '9999-12-31', 0, ?)",
    ).run(id, now);
    const c = coach(deps);
    expect(c.metrics.overdue).toEqual([]);
    expect(c.findings.some((f) => f.rule === 'keep-in-touch')).toBe(false);
  });
});
