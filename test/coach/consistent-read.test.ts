/**
 * The review reads the database twice: the network, then metrics.previous's lookups. A write that
 * lands in between (a back-dated give from another terminal) must not be seen by one and not the
 * other: the coach holds one read transaction over both.
 */
import Database from 'better-sqlite3';
import { describe, expect, it, vi } from 'vitest';
import { coach } from '../../src/coach/index.js';
import { metricWindows } from '../../src/coach/index.js';
import { loadHistory } from '../../src/db/history.js';
import { metricsAt } from '../../src/domain/trends.js';
import { testEnv } from '../helpers/db.js';

/** Set by a test: run between the network's load and metrics.previous's lookups. */
let between: (() => void) | undefined;

vi.mock('../../src/db/history.js', async (original) => {
  const real = await original<typeof import('../../src/db/history.js')>();
  return {
    ...real,
    previousState: (...args: Parameters<typeof real.previousState>) => {
      between?.();
      return real.previousState(...args);
    },
  };
});

describe('the coach reads one state of the database', () => {
  it('does not see a give written by another connection after it loaded the network', () => {
    const now = '2026-11-22';
    const { db, deps, path } = testEnv({ now });
    const person = Number(
      db
        .prepare(
          "INSERT INTO people (name, origin, met_on, created_at) VALUES ('Aiko', 'work', '2026-01-01', ?)",
        )
        .run(now).lastInsertRowid,
    );
    const ledger = db.prepare(
      "INSERT INTO ledger (person_id, direction, kind, what, date, created_at) VALUES (?, ?, 'help', 'x', ?, ?)",
    );
    ledger.run(person, 'give', '2026-06-01', now);
    ledger.run(person, 'give', '2026-07-01', now);
    ledger.run(person, 'take', '2026-07-02', now);
    // What 24 August looked like before the other terminal's write: two gives, no deep tie.
    const expected = metricsAt(loadHistory(db), '2026-08-24', metricWindows(deps.config.rules));
    between = () => {
      const other = new Database(path);
      other
        .prepare(
          "INSERT INTO ledger (person_id, direction, kind, what, date, created_at) VALUES (?, 'give', 'help', 'late', '2026-08-01', ?)",
        )
        .run(person, now);
      other.close();
    };
    try {
      const c = coach(deps);
      expect(c.trend.since).toBe('2026-08-24');
      expect(c.metrics.previous).toEqual(expected);
      expect(c.metrics.previous.deepTies).toBe(0);
    } finally {
      between = undefined;
    }
    // The write did land: a review after it sees the third give, and Aiko a deep tie then.
    expect(coach(deps).metrics.previous.deepTies).toBe(1);
  });
});
