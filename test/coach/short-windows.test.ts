/**
 * Rules set to look back a short time: the review's chart still counts twelve months (from the
 * indexes, since the rows loaded reach back only as far as the rules look), and the rules still see
 * only their window.
 */
import { describe, expect, it } from 'vitest';
import { coach, metricWindows, todayFocus } from '../../src/coach/index.js';
import { loadHistory } from '../../src/db/history.js';
import { setProfile } from '../../src/db/repos/profile.js';
import { addDays } from '../../src/domain/dates.js';
import { RULE_IDS, RULES } from '../../src/rules/index.js';
import { lookbackKeys, windowStart, type RulesConfig } from '../../src/rules/engine.js';
import type { RuleId } from '../../src/rules/types.js';
import { metricsAt, previousDay } from '../../src/domain/trends.js';
import { testEnv } from '../helpers/db.js';
import { randomNetwork } from '../helpers/random-network.js';

/** Every rule that looks back, set to look back `days`. */
function lookingBack(days: number): RulesConfig {
  const rules: RulesConfig = {};
  for (const id of RULE_IDS)
    for (const key of lookbackKeys(RULES[id])) rules[id] = { ...rules[id], [key]: days };
  return rules;
}

describe('rules set to look back 30 days', () => {
  it('leave the chart counting every month from the rows, today and 90 days ago', () => {
    const { db, deps } = testEnv();
    randomNetwork(db, 5, deps.today, 60);
    deps.config.rules = lookingBack(30);
    // The rules alone load four months of rows.
    expect(windowStart(deps.today, deps.config.rules)).toBe('2026-07-25');
    const r = coach(deps);
    const h = loadHistory(db);
    const w = metricWindows(deps.config.rules);
    const now = metricsAt(h, deps.today, w);
    // The network has rows in every month, so a month left out would show.
    expect(now.monthly.every((m) => m.gives > 0 && m.takes > 0)).toBe(true);
    expect(r.metrics.monthly).toEqual(now.monthly);
    expect(r.metrics.givesToTakes).toEqual(now.givesToTakes);
    expect(r.metrics.reachedOut).toEqual(now.reachedOut);
    expect(r.metrics.previous).toEqual(metricsAt(h, previousDay(deps.today), w));
  });

  it('leave out of the findings what is older than their window', () => {
    const { db, deps } = testEnv();
    setProfile(db, { goal: 'Become a freelance web engineer' });
    const ken = db
      .prepare("INSERT INTO people (name, origin, met_on, created_at) VALUES ('Ken Sato', 'school', ?, ?)")
      .run('2023-05-01', deps.now.toISOString()).lastInsertRowid;
    // Something he offered unasked 200 days ago, nothing given back: a tip to thank him, while the
    // rules look back a year.
    db.prepare(
      "INSERT INTO ledger (person_id, direction, kind, what, date, offered, created_at) VALUES (?, 'take', 'gift', 'a ticket', ?, 1, ?)",
    ).run(ken, addDays(deps.today, -200), deps.now.toISOString());
    const offered = () =>
      coach(deps)
        .findings.filter((f) => f.rule === 'taking-more-than-giving')
        .map((f) => f.people[0]?.name);
    expect(offered()).toEqual(['Ken Sato']);
    deps.config.rules = lookingBack(30);
    expect(offered()).toEqual([]);
    // today's focus reads the same window: the most important finding it may show, not the ticket.
    const first = coach(deps).findings.find(
      (f) => f.severity !== 'info' && RULES[f.rule as RuleId].meta.today !== false,
    );
    expect(todayFocus(deps)).toEqual(first);
    expect(first?.message).not.toContain('ticket');
  });
});
